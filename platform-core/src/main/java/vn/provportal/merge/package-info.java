/**
 * Merging one province into another (the 2025 reform merged 63 provinces into 34): a dry run that shows what
 * will move and what clashes, then the move itself in one transaction, leaving the absorbed province as a
 * MERGED row whose old addresses answer 301 to their new home. Platform code: its native SQL names both
 * provinces explicitly.
 */
package vn.provportal.merge;
