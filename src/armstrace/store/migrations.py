"""Schema migrations, applied in order and recorded in the `migrations` table."""

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "initial schema", """
CREATE TABLE documents (
  hash TEXT PRIMARY KEY, id TEXT NOT NULL, url TEXT, title TEXT, lang TEXT, published TEXT,
  story TEXT, source TEXT, text TEXT NOT NULL, record TEXT NOT NULL,
  ingested_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX documents_id ON documents(id);
CREATE INDEX documents_story ON documents(story);
CREATE TABLE mentions (
  doc_hash TEXT NOT NULL REFERENCES documents(hash) ON DELETE CASCADE,
  start INTEGER, "end" INTEGER, kind TEXT, entity_id TEXT, state TEXT, role TEXT, text TEXT);
CREATE INDEX mentions_doc ON mentions(doc_hash);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE TABLE transfers (
  doc_hash TEXT NOT NULL REFERENCES documents(hash) ON DELETE CASCADE, n INTEGER,
  supplier TEXT, recipient TEXT, system TEXT, system_id TEXT, category TEXT, status TEXT,
  certainty TEXT, year INTEGER, quantity REAL, value REAL, currency TEXT, attributed_to TEXT,
  evidence TEXT, start INTEGER, "end" INTEGER, inferred INTEGER DEFAULT 0,
  PRIMARY KEY (doc_hash, n));
CREATE INDEX transfers_key ON transfers(supplier, recipient, system_id);
CREATE TABLE cooperation (
  doc_hash TEXT NOT NULL REFERENCES documents(hash) ON DELETE CASCADE, n INTEGER,
  type TEXT, actors TEXT, date TEXT, evidence TEXT, start INTEGER, "end" INTEGER,
  PRIMARY KEY (doc_hash, n));
CREATE TABLE trade_statistics (
  doc_hash TEXT NOT NULL REFERENCES documents(hash) ON DELETE CASCADE, n INTEGER,
  exporter TEXT, importer TEXT, value REAL, currency TEXT, period TEXT, evidence TEXT,
  start INTEGER, "end" INTEGER, PRIMARY KEY (doc_hash, n));
CREATE TABLE errors (
  source TEXT NOT NULL, doc_id TEXT, code TEXT NOT NULL, name TEXT, message TEXT,
  first_seen TEXT, last_seen TEXT, PRIMARY KEY (source, code));
"""),
]

MIGRATIONS.append((2, "stories, duplicates and clustering caches", """
ALTER TABLE documents ADD COLUMN duplicate_of TEXT;
CREATE INDEX documents_duplicate ON documents(duplicate_of);
CREATE TABLE story_features (
  hash TEXT PRIMARY KEY REFERENCES documents(hash) ON DELETE CASCADE,
  features TEXT NOT NULL, vector BLOB, minhash BLOB);
CREATE TABLE story_tokens (token TEXT NOT NULL, hash TEXT NOT NULL);
CREATE INDEX story_tokens_token ON story_tokens(token);
CREATE INDEX story_tokens_hash ON story_tokens(hash);
CREATE TABLE minhash_bands (band TEXT NOT NULL, hash TEXT NOT NULL);
CREATE INDEX minhash_bands_band ON minhash_bands(band);
CREATE INDEX minhash_bands_hash ON minhash_bands(hash);
CREATE TABLE stories (
  story TEXT PRIMARY KEY, documents INTEGER, origins INTEGER, languages TEXT,
  first_seen TEXT, last_seen TEXT, ids TEXT, updated_at TEXT);
"""))
