/** Machine-readable views of a province: RSS 2.0 feeds (province and category) and sitemap.xml. */
package vn.provportal.portal.feed;
