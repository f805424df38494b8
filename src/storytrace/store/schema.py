"""SQLite schema of the store, as an ordered list of migrations.

``PRAGMA user_version`` holds the number of migrations applied. A migration is never edited once
released: add a new one at the end. A store whose version is newer than :data:`MIGRATIONS` knows is
refused (:class:`storytrace.errors.SchemaVersionError`), so an old storytrace never half-writes a
new store.
"""

from __future__ import annotations

from typing import Final

MIGRATIONS: Final[tuple[str, ...]] = (
    # 1: articles, failures, full-text index, per-site furniture learning, pending text dumps, runs.
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        source_kind TEXT NOT NULL,
        source_location TEXT NOT NULL,
        source_record TEXT,
        kind TEXT NOT NULL,
        url TEXT,
        canonical_url TEXT,
        outlet TEXT,
        title TEXT,
        published TEXT,
        published_method TEXT,
        published_confidence REAL,
        author TEXT,
        language TEXT,
        text TEXT NOT NULL,
        removed TEXT NOT NULL DEFAULT '[]',
        extractor TEXT NOT NULL,
        site TEXT,
        profile TEXT,
        raw BLOB,
        page TEXT,
        stored_at TEXT NOT NULL
    );
    CREATE INDEX articles_source ON articles (source_kind, source_location);
    CREATE INDEX articles_published ON articles (published);
    CREATE INDEX articles_site ON articles (site) WHERE site IS NOT NULL;

    CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, text, content='articles', content_rowid='rowid', tokenize='unicode61'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;

    CREATE TABLE failures (
        id TEXT PRIMARY KEY,
        reason TEXT NOT NULL,
        detail TEXT NOT NULL,
        skipped INTEGER NOT NULL,
        source_kind TEXT NOT NULL,
        source_location TEXT NOT NULL,
        source_record TEXT,
        site TEXT,
        profile TEXT,
        raw BLOB,
        page TEXT,
        stored_at TEXT NOT NULL
    );
    CREATE INDEX failures_reason ON failures (reason);
    CREATE INDEX failures_source ON failures (source_kind, source_location);
    CREATE INDEX failures_site ON failures (site) WHERE site IS NOT NULL;

    -- Text dumps wait here until the run has counted every page of their site (see pipeline.py).
    CREATE TABLE pending (
        id TEXT PRIMARY KEY,
        site TEXT NOT NULL,
        page TEXT NOT NULL,
        raw BLOB NOT NULL
    );

    -- How many distinct pages of a site hold a line (by line key): furniture learning.
    CREATE TABLE site_lines (
        site TEXT NOT NULL,
        key TEXT NOT NULL,
        pages INTEGER NOT NULL,
        PRIMARY KEY (site, key)
    ) WITHOUT ROWID;
    CREATE TABLE site_pages (
        id TEXT PRIMARY KEY,
        site TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX site_pages_site ON site_pages (site);

    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        inputs TEXT NOT NULL,
        summary TEXT
    );
    """,
    # 2: stories (issue 5): the clusterer's state, which story each article is in, story summaries.
    """
    CREATE TABLE story_state (
        part TEXT PRIMARY KEY,
        rows BLOB NOT NULL
    );
    CREATE TABLE story_articles (
        article_id TEXT PRIMARY KEY,
        story_id TEXT NOT NULL,
        position INTEGER NOT NULL
    );
    CREATE INDEX story_articles_story ON story_articles (story_id, position);
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT,
        first_published TEXT,
        last_published TEXT,
        articles INTEGER NOT NULL,
        outlets TEXT NOT NULL
    );
    CREATE INDEX stories_first ON stories (first_published);
    """,
    # 3: actors (issue 3): each article's local actors, the canonical actors, linked mentions.
    """
    CREATE TABLE article_actors (
        article_id TEXT PRIMARY KEY,
        local TEXT NOT NULL
    );
    CREATE TABLE actors (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        role TEXT,
        part_of TEXT,
        aliases TEXT NOT NULL,
        articles INTEGER NOT NULL,
        mentions INTEGER NOT NULL
    );
    CREATE TABLE mentions (
        article_id TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        label TEXT NOT NULL,
        actor_id TEXT NOT NULL,
        PRIMARY KEY (article_id, start, end)
    ) WITHOUT ROWID;
    CREATE INDEX mentions_actor ON mentions (actor_id);
    -- Each article's coded events (JSON list), from the event coder (issue 3).
    CREATE TABLE article_events (
        article_id TEXT PRIMARY KEY,
        events TEXT NOT NULL
    );
    -- Text reuse (issue 4): the candidate index (numpy arrays, one blob), which articles it
    -- holds, and the links found between articles with their aligned passages.
    CREATE TABLE reuse_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        data BLOB NOT NULL
    );
    CREATE TABLE reuse_docs (
        article_id TEXT PRIMARY KEY
    );
    CREATE TABLE reuse_links (
        a_id TEXT NOT NULL,
        b_id TEXT NOT NULL,
        direction TEXT NOT NULL,
        a_share REAL NOT NULL,
        b_share REAL NOT NULL,
        similarity REAL NOT NULL,
        repost TEXT,
        passages TEXT NOT NULL,
        PRIMARY KEY (a_id, b_id)
    );
    CREATE INDEX reuse_links_b ON reuse_links (b_id);
    -- Hand corrections of stories, applied in order after clustering (they survive re-runs).
    -- move: article -> the story holding anchor (a new story when anchor is NULL);
    -- merge: the story holding article -> the story holding anchor.
    CREATE TABLE story_corrections (
        seq INTEGER PRIMARY KEY,
        action TEXT NOT NULL CHECK (action IN ('move', 'merge')),
        article_id TEXT NOT NULL,
        anchor_id TEXT,
        made_at TEXT NOT NULL
    );
    -- Bookkeeping of the link stages, e.g. how many articles the actor table was merged from.
    CREATE TABLE meta (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 4: independent sources per story (issue 4), recomputed when a story's articles change.
    """
    CREATE TABLE story_sources (
        story_id TEXT PRIMARY KEY,
        signature TEXT NOT NULL,
        main_count INTEGER,
        root_count INTEGER NOT NULL,
        summary TEXT NOT NULL,
        data BLOB NOT NULL
    );
    """,
    # 5: the hyperlinks of each article's body (JSON; NULL for articles stored before).
    """
    ALTER TABLE articles ADD COLUMN links TEXT;
    """,
    # 6: the optional LLM extractor (issue 3): which extractor made each article's actors and
    # events, and the cache of the model's validated answers.
    """
    -- One row per article whose actors and events were written by the analysis stage of
    -- storytrace.analysis; an article with actors but no row was analysed offline.
    -- extractor: what made the stored actors and events ('offline' or 'llm:<model>:prompt-N:
    -- schema-M'); requested: what the run asked for; reason and detail: why the LLM's answer was
    -- not used (the article fell back to the offline extractor), or grounding notes.
    CREATE TABLE article_analysis (
        article_id TEXT PRIMARY KEY,
        extractor TEXT NOT NULL,
        requested TEXT NOT NULL,
        reason TEXT,
        detail TEXT NOT NULL,
        analysed_at TEXT NOT NULL
    );
    CREATE INDEX article_analysis_extractor ON article_analysis (extractor);
    -- The model's answers, valid against the answer schema, keyed by blake2b of the prompt
    -- version, the schema version, the model and the text sent: a re-run makes no call.
    CREATE TABLE llm_cache (
        key TEXT PRIMARY KEY,
        model TEXT NOT NULL,
        prompt_version TEXT NOT NULL,
        schema_version TEXT NOT NULL,
        answer TEXT NOT NULL,
        stored_at TEXT NOT NULL
    );
    """,
    # 7: look articles up by their URL (a hyperlink's target, in provenance).
    """
    CREATE INDEX articles_url ON articles (url) WHERE url IS NOT NULL;
    CREATE INDEX articles_canonical_url ON articles (canonical_url) WHERE canonical_url IS NOT NULL;
    """,
    # 8: the reuse index as rows (issue 4). A run reads the stored postings of the keys it looks
    # up and appends rows, instead of loading and rewriting one blob holding the whole index; the
    # blob of migration 3 is moved into these tables by the next reuse run (linking.py).
    """
    ALTER TABLE reuse_docs ADD COLUMN number INTEGER;
    CREATE UNIQUE INDEX reuse_docs_number ON reuse_docs (number);
    -- LSH band keys (even) and winnowed fingerprints (odd) of each document, as signed 64 bits.
    CREATE TABLE reuse_keys (
        key INTEGER NOT NULL,
        doc INTEGER NOT NULL,
        PRIMARY KEY (key, doc)
    ) WITHOUT ROWID;
    -- Each document's near-copy list, in the order it grew.
    CREATE TABLE reuse_neighbours (
        doc INTEGER NOT NULL,
        position INTEGER NOT NULL,
        neighbour INTEGER NOT NULL,
        PRIMARY KEY (doc, position)
    ) WITHOUT ROWID;
    -- The shingle document-frequency counter, flattened, in pages of little-endian uint32.
    CREATE TABLE reuse_counts (
        page INTEGER PRIMARY KEY,
        data BLOB NOT NULL
    );
    """,
    # 9: the story clusterer's state as rows (issue 5). A stories run reads what its new
    # articles' keys and candidate stories touch and writes back the rows that changed, instead
    # of loading and rewriting the blobs of migration 3; those are moved into these tables by the
    # next stories run (linking.py).
    """
    -- documents seen and next_seq.
    CREATE TABLE story_state_meta (
        name TEXT PRIMARY KEY,
        value INTEGER NOT NULL
    );
    -- How many documents hold each term or entity key.
    CREATE TABLE story_state_frequencies (
        key TEXT PRIMARY KEY,
        documents INTEGER NOT NULL
    ) WITHOUT ROWID;
    -- One row per live story; data: zlib JSON {"weights": {field: {key: weight}},
    -- "recent": [{key: weight}], "keys": [key]} (the centroid, latest titles, index keys).
    CREATE TABLE story_state_stories (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
        body_docs INTEGER NOT NULL,
        first_published TEXT,
        last_published TEXT,
        data BLOB NOT NULL
    );
    -- The clusterer's own grouping (before hand corrections): each article's story.
    CREATE TABLE story_state_articles (
        article_id TEXT PRIMARY KEY,
        story_id TEXT NOT NULL,
        position INTEGER NOT NULL
    );
    CREATE INDEX story_state_articles_story ON story_state_articles (story_id, position);
    -- The inverted index: story ids posted under each key, oldest first (a JSON list).
    CREATE TABLE story_state_postings (
        key TEXT PRIMARY KEY,
        stories TEXT NOT NULL
    ) WITHOUT ROWID;
    -- Merges in the order they happened.
    CREATE TABLE story_state_merges (
        seq INTEGER PRIMARY KEY,
        absorbed TEXT NOT NULL UNIQUE,
        into_story TEXT NOT NULL
    );
    -- Links to articles not seen yet: the linking articles of each (a JSON list).
    CREATE TABLE story_state_waiting (
        article_id TEXT PRIMARY KEY,
        linkers TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
    # 10: the articles in no story yet (issue 5), so that a stories run finds its new articles
    # by reading this short table instead of an anti-join over every stored article. Triggers
    # keep it equal to "articles without a story_articles row" whatever writes either table;
    # the rows of an existing store are computed once here.
    """
    CREATE TABLE story_unclustered (
        article_id TEXT PRIMARY KEY
    ) WITHOUT ROWID;
    INSERT INTO story_unclustered (article_id)
        SELECT a.id FROM articles a
        WHERE NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = a.id);
    CREATE TRIGGER story_unclustered_articles_ai AFTER INSERT ON articles
    WHEN NOT EXISTS (SELECT 1 FROM story_articles WHERE article_id = new.id) BEGIN
        INSERT OR IGNORE INTO story_unclustered (article_id) VALUES (new.id);
    END;
    CREATE TRIGGER story_unclustered_articles_ad AFTER DELETE ON articles BEGIN
        DELETE FROM story_unclustered WHERE article_id = old.id;
    END;
    CREATE TRIGGER story_unclustered_articles_au AFTER UPDATE OF id ON articles BEGIN
        DELETE FROM story_unclustered WHERE article_id = old.id;
        INSERT OR IGNORE INTO story_unclustered (article_id) SELECT new.id
        WHERE NOT EXISTS (SELECT 1 FROM story_articles WHERE article_id = new.id);
    END;
    CREATE TRIGGER story_unclustered_story_articles_ai AFTER INSERT ON story_articles BEGIN
        DELETE FROM story_unclustered WHERE article_id = new.article_id;
    END;
    CREATE TRIGGER story_unclustered_story_articles_ad AFTER DELETE ON story_articles
    WHEN EXISTS (SELECT 1 FROM articles WHERE id = old.article_id) BEGIN
        INSERT OR IGNORE INTO story_unclustered (article_id) VALUES (old.article_id);
    END;
    CREATE TRIGGER story_unclustered_story_articles_au AFTER UPDATE OF article_id
    ON story_articles BEGIN
        INSERT OR IGNORE INTO story_unclustered (article_id) SELECT old.article_id
        WHERE EXISTS (SELECT 1 FROM articles WHERE id = old.article_id)
        AND NOT EXISTS (SELECT 1 FROM story_articles WHERE article_id = old.article_id);
        DELETE FROM story_unclustered WHERE article_id = new.article_id;
    END;
    """,
)
