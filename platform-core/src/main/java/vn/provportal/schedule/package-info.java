/**
 * The leadership's work schedule ("Lịch công tác"), which Circular 22/2023/TT-BTTTT expects on a state portal: each
 * engagement of a day (time, leader, what, where, who attends), edited by the province's editors and shown to
 * citizens week by week.
 */
package vn.provportal.schedule;
