/**
 * Citizens' comments ("Bình luận") on articles: plain text, held for moderation, rate-limited per client,
 * with no more personal data than the name (and optional e-mail) the citizen chose to give.
 */
package vn.provportal.comment;
