"""Reading articles and the on-disk store: graphs per article, idempotence, the who-said index."""
