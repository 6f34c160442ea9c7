package org.bluelamp.contact.clocks;

/** The bank holidays file cannot be used, and why, in one sentence; Bluelamp does not start without it. */
class BankHolidaysUnreadable extends RuntimeException {

    BankHolidaysUnreadable(String file, String why) {
        this("Bluelamp cannot read the bank holidays in " + file + ": " + why + ".");
    }

    private BankHolidaysUnreadable(String sentence) {
        super(sentence);
    }

    /** The list that used to be a setting is set: its dates would otherwise be lost without a word. */
    static BankHolidaysUnreadable oldSettingSet() {
        return new BankHolidaysUnreadable("Bluelamp no longer reads bluelamp.contact.clocks.bank-holidays: put the "
                + "force's bank holidays in a file in GOV.UK's bank-holidays.json format instead.");
    }

    String action() {
        return "Set bluelamp.bank-holidays.file (BLUELAMP_BANK_HOLIDAYS_FILE) to a file in GOV.UK's bank-holidays.json "
                + "format, such as a copy of https://www.gov.uk/bank-holidays.json, or leave it unset for the list "
                + "Bluelamp ships.";
    }
}
