/**
 * Syndication: wire feeds in. {@code fetch} gets a feed over HTTP defensively (limits, SSRF guard,
 * conditional GET), {@code parse} turns its bytes into clean {@link org.broadsheet.syndication.parse.WireItem}s
 * whatever the format, and this package keeps sources, polls them and turns items into stories
 * (de-duplication, updates, review queue, kills and embargoes).
 */
package org.broadsheet.syndication;
