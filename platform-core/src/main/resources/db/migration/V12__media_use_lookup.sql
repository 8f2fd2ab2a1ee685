-- The portal serves an image only while something public shows it (media.boundary.PublicImages): finding the
-- articles that use one image must not scan the province's every article image.
CREATE INDEX ix_article_image_media ON article_image (tenant_id, media_sha256);
