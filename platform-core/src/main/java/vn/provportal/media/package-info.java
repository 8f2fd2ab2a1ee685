/**
 * Images of a province, stored in MariaDB and addressed by the SHA-256 of their bytes
 * (ARCHITECTURE.md, decision 8): one store to back up, and the same upload stored once.
 */
package vn.provportal.media;
