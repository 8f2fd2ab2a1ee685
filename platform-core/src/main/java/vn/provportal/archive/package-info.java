/**
 * A province's backup and restore (#15 item 2): every row the province owns and its media in one ZIP with a manifest
 * (schema version, row counts, SHA-256 of every part), written and read over plain JDBC so that the ministry's console
 * and {@code ./deploy/province.sh} do the same thing, stack running or not. Which tables a province owns is said by
 * each feature through one SPI, {@link vn.provportal.archive.control.ProvinceTables}; this package knows no feature.
 */
package vn.provportal.archive;
