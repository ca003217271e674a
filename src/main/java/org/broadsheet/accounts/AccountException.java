package org.broadsheet.accounts;

/** A change to an account that cannot be made; the message can be shown to the person as it is. */
public class AccountException extends RuntimeException {

    public AccountException(String message) {
        super(message);
    }
}
