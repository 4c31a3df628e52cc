package org.chemnet.network.common;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.util.Currency;
import org.apiguardian.api.API;
import org.chemnet.network.validation.Amount;

/**
 * A price: for taking part in a network, for a seminar, for a newsletter. Most in the seed networks are free.
 *
 * <p>A valid amount is not negative and has at most 12 digits before the decimal point and 4 after it
 * ({@link Amount}, judged without expanding the number, so that {@code 1E+2147483647} is refused by validation).
 *
 * @param amount the amount, zero when free; never null
 * @param currency the ISO 4217 currency; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Fee(
        @DecimalMin("0") @Amount(integer = 12, fraction = 4) BigDecimal amount, Currency currency) {
    private static final Fee FREE = new Fee(BigDecimal.ZERO, Currency.getInstance("EUR"));

    /**
     * Creates a fee.
     *
     * @throws NullPointerException if a component is null
     */
    public Fee {
        requireNonNull(amount, "amount");
        requireNonNull(currency, "currency");
    }

    /**
     * No fee at all.
     *
     * @return the free fee; never null
     */
    public static Fee free() {
        return FREE;
    }

    /**
     * A fee of an amount in a currency.
     *
     * @param amount the amount, such as {@code "15000"}
     * @param currencyCode the ISO 4217 code, such as {@code JPY}
     * @return the fee; never null
     * @throws IllegalArgumentException if the currency code is unknown or the amount is not a number
     */
    public static Fee of(String amount, String currencyCode) {
        return new Fee(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    /**
     * Tells whether nothing is to be paid.
     *
     * @return true if the amount is zero
     */
    public boolean isFree() {
        return amount.signum() == 0;
    }
}
