/**
 * The newsroom's notifications: who should know that an article moved (its writer when someone else approves,
 * returns or rejects it; the province's publishers when it is submitted), and what each user has not seen yet.
 * Written in the transaction that moves the article, so an action undone leaves no notification.
 */
package vn.provportal.inbox;
