-- What each archive of a batch held, one row per archive, replaced when it is read again.
-- inputs: batch_archives (registered by byline.archives)
insert or replace into archives by name
select *, now() as read_at
from batch_archives;
