/** "Thông tin tuyên truyền": a province's promotional banners with their link and display period. */
package vn.provportal.banner;
