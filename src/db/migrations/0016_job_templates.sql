-- A print job keeps the template it was made with: the text, resolved when the job is made, so
-- printing, preview, reprint and export come out the same from any folder, and editing or deleting
-- the file afterwards changes no job already made. One copy per distinct text and origin.
CREATE TABLE template_copies (
    hash         TEXT PRIMARY KEY,   -- SHA-256 (hex) of the origin and the text
    template_id  TEXT NOT NULL,      -- label-100x150, or the file's base name
    origin       TEXT NOT NULL,      -- the file it was read from; its relative images are beside it
    json         TEXT NOT NULL,
    stored_at    TEXT NOT NULL
);

-- NULL for jobs made before: they load their template by id, as they always did.
ALTER TABLE print_jobs ADD COLUMN template_hash TEXT REFERENCES template_copies(hash);
