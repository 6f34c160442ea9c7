package org.bluelamp.contact;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads many realistic contacts straight into PostgreSQL for the search benchmark: names, emails, UK mobiles,
 * postcodes and current-format registrations built in SQL from word lists, with an account of each in the words a
 * reporter uses, spread over a year, most in the open queues. The search indexes are dropped while loading and
 * made again afterwards from their own definitions (as the migration wrote them), which is many times faster.
 * References are valid (their check character holds), so they are searched as staff would type them.
 */
final class RealisticContacts {

    private static final String WORDS = """
            CREATE TEMP TABLE bench_words AS SELECT
              ARRAY['Oliver','George','Harry','Noah','Jack','Leo','Arthur','Muhammad','Oscar','Charlie','Jacob',
                    'Thomas','Henry','William','James','Joshua','Daniel','Samuel','Adam','Ravi','Kwame','Tomasz',
                    'Olivia','Amelia','Isla','Ava','Mia','Ivy','Lily','Isabella','Rosie','Sophia','Grace','Freya',
                    'Emily','Poppy','Ella','Sarah','Aisha','Fatima','Priya','Zofia','Chloe','Megan','Hannah',
                    'Joanne','Karen','Susan','Margaret','Patricia','David','Michael','Paul','Mark','Andrew',
                    'Steven','Peter','Ian','Gareth','Siobhan'] AS first,
              ARRAY['Smith','Jones','Williams','Taylor','Brown','Davies','Evans','Wilson','Thomas','Johnson',
                    'Roberts','Robinson','Thompson','Wright','Walker','White','Edwards','Hughes','Green','Hall',
                    'Lewis','Harris','Clarke','Patel','Jackson','Wood','Turner','Martin','Cooper','Hill','Ward',
                    'Morris','Moore','Clark','Lee','King','Baker','Harrison','Morgan','Allen','James','Scott',
                    'Phillips','Watson','Davis','Parker','Price','Bennett','Young','Griffiths','Mitchell','Kelly',
                    'Cook','Carter','Richardson','Bailey','Collins','Bell','Shaw','Murphy','Miller','Cox',
                    'Richards','Khan','Marshall','Anderson','Simpson','Ellis','Adams','Singh','Begum','Wilkinson',
                    'Foster','Chapman','Powell','Webb','Rogers','Gray','Mason','Ali','Hunt','Hussain','Campbell',
                    'Matthews','Owen','Palmer','Holmes','Mills','Barnes','Knight','Lloyd','Butler','Russell',
                    'Barker','Fisher','Stevens','Jenkins','Murray','Dixon','Harvey','Okafor','Nowak','Kowalski',
                    'Mensah','Chowdhury','Sharma','OConnor','McDonald','Fraser','Grant','Reid','Byrne','Doyle']
                    AS last,
              ARRAY['gmail.com','hotmail.co.uk','outlook.com','yahoo.co.uk','btinternet.com','icloud.com',
                    'sky.com','live.co.uk'] AS domain,
              ARRAY['LE','NG','DE','B','CV','NN','PE','LN','S','M','L','LS','BD','HD','WF','YO','HU','DN','ST',
                    'WS','WV','DY','TF','SY','CW','CH','WA','SK','OL','BL','PR','BB','LA','CA','NE','SR','DH',
                    'TS','DL','HG'] AS area,
              ARRAY['Leicester','Nottingham','Derby','Loughborough','Coalville','Hinckley','Melton Mowbray',
                    'Market Harborough','Lutterworth','Oadby','Wigston','Syston','Shepshed','Ashby','Oakham',
                    'Uppingham','Birstall','Thurmaston','Braunstone','Glenfield','Anstey','Blaby','Enderby',
                    'Narborough','Countesthorpe','Kibworth','Earl Shilton','Barwell','Ibstock','Measham'] AS town,
              ARRAY['High Street','Station Road','Church Lane','Main Street','Park Road','London Road',
                    'Victoria Road','Green Lane','Manor Road','Church Street','Mill Lane','School Lane',
                    'The Crescent','Queens Road','Kings Road','New Road','Grange Road','Springfield Road',
                    'Chapel Street','Albert Road','Narborough Road','Humberstone Gate','Granby Street',
                    'Belgrave Gate','Welford Road','Aylestone Road','Hinckley Road','Melton Road','Uppingham Road',
                    'Saffron Lane'] AS street,
              ARRAY['bicycle','mountain bike','mobile phone','iPhone','laptop','handbag','wallet','purse',
                    'car keys','passport','driving licence','watch','wedding ring','necklace','lawnmower',
                    'power tools','drill','chainsaw','catalytic converter','number plates','sat nav',
                    'games console','television','bank card','rucksack','scooter','e-bike','motorbike helmet',
                    'golf clubs','camera','tablet','headphones','jewellery','cash','parcel','dog','cat',
                    'trailer','caravan','garden furniture'] AS item,
              ARRAY['my garden shed','the garage','outside the shop','the supermarket car park','my front garden',
                    'the bus station','the train station','the park','my car','the back garden','the pub',
                    'outside my house','the leisure centre','the school gates','the hospital car park',
                    'the town centre','the takeaway','the petrol station','the allotment','my van'] AS place,
              ARRAY['red','blue','black','white','grey','silver','green','yellow','dark blue','navy','brown',
                    'orange'] AS colour,
              ARRAY['hoodie','jacket','tracksuit','baseball cap','puffer jacket','balaclava','face mask',
                    'high-vis vest','gloves','jeans','trainers','beanie hat'] AS clothing,
              ARRAY['Ford Fiesta','Vauxhall Corsa','Volkswagen Golf','Ford Focus','Nissan Qashqai',
                    'BMW 3 Series','Audi A3','Mercedes C-Class','Toyota Yaris','Kia Sportage','Peugeot 208',
                    'Range Rover','Honda Civic','Transit van','Mini Cooper','Skoda Octavia','Tesla Model 3',
                    'Hyundai Tucson','Renault Clio','Land Rover Discovery'] AS make,
              ARRAY['ran off towards the park','drove off at speed','got into a waiting car',
                    'cycled away down the alley','walked off calmly','jumped over the fence',
                    'left in a taxi','was shouting abuse','threatened me with a knife','smashed the window']
                    AS escape,
              ARRAY['Report a crime','Report anti-social behaviour','Report a road traffic collision',
                    'Report a lost or stolen vehicle','Report lost property','Report a hate crime',
                    'Report fraud','Give information about crime'] AS service,
              ARRAY['new','new','new','in-progress','awaiting-information','allocated','referred','filed',
                    'closed','closed'] AS status""";

    /** One row of random picks per contact: random() in a target list is drawn afresh for every row. */
    private static final String PICKS = """
            CREATE TEMP TABLE bench_picks AS SELECT n,
              floor(random() * 60)::int + 1 AS f, floor(random() * 113)::int + 1 AS l,
              floor(random() * 8)::int + 1 AS d, floor(random() * 40)::int + 1 AS a,
              floor(random() * 29)::int + 1 AS district, floor(random() * 10)::int AS sector,
              floor(random() * 40)::int AS unit, floor(random() * 30)::int + 1 AS t,
              floor(random() * 30)::int + 1 AS s, floor(random() * 40)::int + 1 AS i,
              floor(random() * 20)::int + 1 AS p, floor(random() * 12)::int + 1 AS c,
              floor(random() * 12)::int + 1 AS c2, floor(random() * 12)::int + 1 AS cl,
              floor(random() * 20)::int + 1 AS mk, floor(random() * 10)::int + 1 AS e,
              floor(random() * 8)::int + 1 AS sv, floor(random() * 10)::int + 1 AS st,
              floor(random() * 300000)::int AS plate, random() < 0.4 AS has_vehicle,
              floor(random() * 1000000000)::bigint AS mobile, floor(random() * 200)::int + 1 AS house,
              now() - random() * interval '365 days' AS at, floor(random() * 10)::int AS allocation
            FROM generate_series(1, %d) n""";

    /** A valid reference for n (a bijection on the 31^8 bodies, so all differ) with its check character. */
    private static final String REFERENCE = """
            CREATE FUNCTION pg_temp.bench_reference(n bigint) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
            DECLARE
              alphabet text := '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
              x bigint := (n * 1103515245 + 12345) %% 852891037441;
              body text := ''; total int := 0; c int;
            BEGIN
              FOR i IN 1..8 LOOP
                c := (x %% 31)::int; x := x / 31;
                body := body || substr(alphabet, c + 1, 1); total := total + i * c;
              END LOOP;
              c := ((31 - total %% 31) %% 31) * 7 %% 31;
              body := body || substr(alphabet, c + 1, 1);
              RETURN 'BN-' || substr(body, 1, 3) || '-' || substr(body, 4, 3) || '-' || substr(body, 7, 3);
            END $$""";

    /** A current-format registration for n: two letters, an age identifier, three letters (no I, Q or Z). */
    private static final String PLATE = """
            CREATE FUNCTION pg_temp.bench_plate(n int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
              SELECT substr('ABCDEFGHJKLMNOPRSTUVWXY', n %% 23 + 1, 1)
                  || substr('ABCDEFGHJKLMNOPRSTUVWXY', n / 23 %% 23 + 1, 1)
                  || lpad(((ARRAY[51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,
                                  2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25])[n / 529 %% 48 + 1])
                              ::text, 2, '0')
                  || substr('ABCDEFGHJKLMNOPRSTUVWXY', n / 25392 %% 23 + 1, 1)
                  || substr('ABCDEFGHJKLMNOPRSTUVWXY', (n * 7) %% 23 + 1, 1)
                  || substr('ABCDEFGHJKLMNOPRSTUVWXY', (n * 13 + 5) %% 23 + 1, 1)
            $$""";

    private static final String INSERT = """
            INSERT INTO contact (id, reference, channel, service_id, service_title, received_at, first_response_due,
                                 last_activity_at, status, allocated_team, allocated_to, reporter_names, emails,
                                 phones, postcodes, vehicles, search_words)
            SELECT gen_random_uuid(), pg_temp.bench_reference(n), 'online', 'crime', w.service[sv], at,
                   at + interval '1 day', at, w.status[st],
                   CASE WHEN allocation = 7 THEN 'roads-policing' WHEN allocation = 8 THEN 'crime-bureau' END,
                   CASE WHEN allocation = 9 THEN 'pc.' || lower(w.last[(n %% 113)::int + 1]) END,
                   w.first[f] || ' ' || w.last[l],
                   ARRAY[lower(w.first[f] || '.' || w.last[l]) || (n %% 997) || '@' || w.domain[d]],
                   ARRAY['+447' || lpad(mobile::text, 9, '0')],
                   ARRAY[home, place_postcode],
                   CASE WHEN has_vehicle THEN ARRAY[pg_temp.bench_plate(plate)] ELSE '{}' END,
                   to_tsvector('english', concat_ws(E'\\n',
                       'Someone took my ' || w.item[i] || ' from ' || w.place[p] || ' on ' || w.street[s] || ', '
                           || w.town[t] || '.',
                       'The person was wearing a ' || w.colour[c] || ' ' || w.clothing[cl] || ' and '
                           || w.escape[e] || '.',
                       CASE WHEN has_vehicle THEN 'A ' || w.colour[c2] || ' ' || w.make[mk] || ', registration '
                           || pg_temp.bench_plate(plate) || ', was involved.' END,
                       w.first[f] || ' ' || w.last[l],
                       house || ' ' || w.street[s] || ', ' || w.town[t] || ', ' || home,
                       '07' || lpad(mobile::text, 9, '0'),
                       lower(w.first[f] || '.' || w.last[l]) || (n %% 997) || '@' || w.domain[d]))
            FROM bench_picks, bench_words w,
                 LATERAL (SELECT w.area[a] || district || sector
                                     || substr('ABDEFGHJLNPQRSTUWXYZ', unit %% 20 + 1, 1)
                                     || substr('ABDEFGHJLNPQRSTUWXYZ', unit / 2 %% 20 + 1, 1) AS home,
                                 w.area[a] || district || (9 - sector)
                                     || substr('ABDEFGHJLNPQRSTUWXYZ', (unit + 7) %% 20 + 1, 1)
                                     || substr('ABDEFGHJLNPQRSTUWXYZ', (unit * 3) %% 20 + 1, 1) AS place_postcode)
                     postcodes
            WHERE n > %d""";

    private RealisticContacts() {
    }

    /** Adds contacts until there are {@code count} loaded by this class; then ANALYZE. */
    static void load(DataSource database, int count) throws SQLException {
        try (Connection db = database.getConnection(); var sql = db.createStatement()) {
            sql.execute("SET maintenance_work_mem = '512MB'");
            sql.execute("SET synchronous_commit = off");
            var indexes = new ArrayList<String>();
            try (var rs = sql.executeQuery("""
                    SELECT indexname, indexdef FROM pg_indexes
                    WHERE tablename = 'contact' AND indexdef LIKE '%USING gin%'""")) {
                while (rs.next()) {
                    indexes.add(rs.getString("indexdef"));
                }
            }
            for (String index : names(indexes)) {
                sql.execute("DROP INDEX " + index);
            }
            sql.execute(WORDS);
            sql.execute(PICKS.formatted(count));
            sql.execute(REFERENCE.replace("%%", "%"));
            sql.execute(PLATE.replace("%%", "%"));
            long already;
            try (var rs = sql.executeQuery("SELECT count(*) FROM contact WHERE reference LIKE 'BN-%'")) {
                rs.next();
                already = rs.getLong(1);
            }
            sql.execute(INSERT.formatted(already));
            for (String index : indexes) {
                sql.execute(index);
            }
            sql.execute("ANALYZE contact");
        }
    }

    private static List<String> names(List<String> definitions) {
        return definitions.stream().map(d -> d.replaceFirst("^CREATE INDEX (\\S+) .*$", "$1")).toList();
    }
}
