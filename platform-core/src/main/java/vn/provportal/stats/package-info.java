/**
 * The statistics widgets' data (Decision 766/QĐ-TTg): dossier processing results ("THỐNG KÊ KẾT QUẢ XỬ LÝ")
 * and citizen satisfaction ("THỐNG KÊ MỨC ĐỘ HÀI LÒNG") per province and period, each with its source and
 * as-of time, fed by manual entry, CSV import, the REST API and citizens' votes.
 */
package vn.provportal.stats;
