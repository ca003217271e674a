package org.broadsheet.accounts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "short-one       | at least 12",
            "password1234    | too common",
            "Password1234    | too common",
            "qwertyuiop123   | too common",
            "123456789012    | too common",
            "tiny@x.test     | at least 12",
            "mine@example.com| too common"})
    void weakPasswordsAreRefused(String password, String reason) {
        assertThat(policy.problem(password.strip(), "mine@example.com")).hasValueSatisfying(p -> assertThat(p).contains(reason));
    }

    @ParameterizedTest(name = "\"{0}\" is accepted")
    @CsvSource({"a-long-enough-passphrase", "Tr0ub4dor&3-horse", "zwölf Zeichen ü"})
    void longUncommonPasswordsAreAccepted(String password) {
        assertThat(policy.problem(password, "mine@example.com")).isEmpty();
    }
}
