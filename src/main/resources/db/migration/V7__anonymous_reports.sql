-- Whether the reporter chose to stay anonymous: nobody will contact them about the report.
ALTER TABLE report
    ADD COLUMN anonymous BOOLEAN NOT NULL DEFAULT false;
