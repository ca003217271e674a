package org.broadsheet.content;

/**
 * Input a content write refuses, with the form field it is about (for example "slug") and a
 * message to show next to it. Thrown before anything is written.
 */
public class InputProblem extends RuntimeException {

    private final String field;

    public InputProblem(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
