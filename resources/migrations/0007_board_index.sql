-- Schema version 7: an index of the cards on the board, stage by stage in board order.
-- The first screenful of every column and each column's count are read from it alone,
-- however many applications the file holds (PipelineStore::firstCards).

CREATE INDEX applications_on_board ON applications (stage_id, position) WHERE archived_at IS NULL;
