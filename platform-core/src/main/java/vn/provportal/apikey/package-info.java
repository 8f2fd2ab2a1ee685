/**
 * API keys of provinces for machine clients (the national public-service system): created and shown once,
 * stored as a SHA-256 hash, revocable, with the time of last use. Platform-wide: a key is looked up before
 * its province is known.
 */
package vn.provportal.apikey;
