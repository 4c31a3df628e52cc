package org.chemnet.network.organization;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigInteger;
import org.apiguardian.api.API;

/**
 * The check-digit algorithms of identifier schemes: Japan's Corporate Number and the LEI. Useful to check an
 * identifier before storing it, or to make valid ones for tests.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class CheckDigits {
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private CheckDigits() {}

    /**
     * Tells whether a text is a Japanese Corporate Number (法人番号): 13 digits, the first of which is the check digit
     * {@code 9 - (sum of P(n) * Q(n) for n = 1..12) mod 9}, where P(n) is the n-th digit of the 12-digit base counted
     * from its right end and Q(n) is 1 for odd n and 2 for even n.
     *
     * @param value the text
     * @return true if valid
     */
    public static boolean isCorporateNumber(String value) {
        if (value.length() != 13 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return value.charAt(0) - '0' == corporateNumberCheckDigit(value.substring(1));
    }

    /**
     * Computes the check digit of a 12-digit Corporate Number base.
     *
     * @param base the 12 digits after the check digit
     * @return the check digit, 1 to 9
     */
    public static int corporateNumberCheckDigit(String base) {
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int digit = base.charAt(12 - n) - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - sum % 9;
    }

    /**
     * Tells whether a text is a Legal Entity Identifier (ISO 17442): 18 upper-case letters or digits followed by two
     * check digits, the whole passing ISO 7064 MOD 97-10 (letters count as 10 to 35; the number mod 97 is 1).
     *
     * @param value the text
     * @return true if valid
     */
    public static boolean isLei(String value) {
        if (value.length() != 20
                || !value.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))
                || !Character.isDigit(value.charAt(18))
                || !Character.isDigit(value.charAt(19))) {
            return false;
        }
        return mod97(value) == 1;
    }

    /**
     * Computes the two check digits of an 18-character LEI base.
     *
     * @param base the first 18 characters
     * @return the two check digits, as text
     */
    public static String leiCheckDigits(String base) {
        int check = 98 - mod97(base + "00");
        return check < 10 ? "0" + check : Integer.toString(check);
    }

    private static int mod97(String alphanumeric) {
        StringBuilder digits = new StringBuilder(alphanumeric.length() * 2);
        for (int i = 0; i < alphanumeric.length(); i++) {
            digits.append(Character.digit(alphanumeric.charAt(i), 36));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }
}
