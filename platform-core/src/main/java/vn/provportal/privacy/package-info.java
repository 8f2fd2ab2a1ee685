/**
 * Citizens' and staff's personal data (Law 91/2025/QH15, Decree 13/2023/NĐ-CP): how long each kind is kept
 * ({@code control.RetentionPolicy}), the hourly forgetting of what is past its time, and a province administrator's
 * answer to a data-subject request — everything held about an e-mail address found, exported, anonymised or erased,
 * the request itself audited. The data stays in the tables of the features that hold it: each takes part through
 * {@code control.PersonalDataHolder}, found by CDI, so this feature reads no other feature's tables.
 */
package vn.provportal.privacy;
