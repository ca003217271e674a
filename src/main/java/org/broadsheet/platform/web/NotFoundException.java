package org.broadsheet.platform.web;

/** Nothing at this address: HTML clients get the site's 404 page, JSON clients a 404 error. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
