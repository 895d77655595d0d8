using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FibroTrack.Data.Postgres.Migrations
{
    /// <summary>
    /// Replaces the foreign key from a diary observation to its entry with triggers that check it once per statement.
    /// PostgreSQL checks a foreign key row by row, with a query and an executor start for each: a day's 57 rows made 57
    /// checks of one entry, which cost about a third of the database's work in a save (docs/performance.md). The
    /// triggers keep the key's guarantees: a row must name an existing entry (locked against deletion as the key's own
    /// check does), deleting entries deletes their rows, and a referenced entry's id cannot change. The model keeps the
    /// relationship (SQLite keeps the real key); a migration that changes it on PostgreSQL must change these triggers.
    /// </summary>
    public partial class DiaryRowsKeyCheckedPerStatement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_observations_diary_entries_DiaryEntryId",
                table: "observations");

            migrationBuilder.Sql(
                """
                CREATE FUNCTION observations_check_diary_entry() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    missing bigint;
                BEGIN
                    IF current_setting('transaction_isolation') <> 'read committed' THEN
                        -- Under a transaction snapshot a concurrent delete of the entry would not see these rows to delete
                        -- them. Updating the entry makes such a delete fail with a serialization error instead (PostgreSQL's
                        -- own key gets the same from a cross-check no trigger can make).
                        UPDATE diary_entries AS e SET "UpdatedAt" = e."UpdatedAt"
                        FROM (SELECT DISTINCT "DiaryEntryId" AS id FROM checked_rows) AS k
                        WHERE e."Id" = k.id;
                    END IF;

                    -- Each entry named, once; FOR KEY SHARE holds it against deletion until this transaction ends.
                    SELECT k.id INTO missing
                    FROM (SELECT DISTINCT "DiaryEntryId" AS id FROM checked_rows WHERE "DiaryEntryId" IS NOT NULL) AS k
                    LEFT JOIN LATERAL (SELECT true AS found FROM diary_entries AS e WHERE e."Id" = k.id FOR KEY SHARE) AS p ON true
                    WHERE p.found IS NULL
                    LIMIT 1;

                    IF FOUND THEN
                        RAISE EXCEPTION 'insert or update on table "observations" violates foreign key constraint "FK_observations_diary_entries_DiaryEntryId"'
                            USING ERRCODE = 'foreign_key_violation',
                                  DETAIL = format('Key ("DiaryEntryId")=(%s) is not present in table "diary_entries".', missing),
                                  TABLE = 'observations',
                                  CONSTRAINT = 'FK_observations_diary_entries_DiaryEntryId';
                    END IF;

                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER observations_check_diary_entry_on_insert AFTER INSERT ON observations
                    REFERENCING NEW TABLE AS checked_rows FOR EACH STATEMENT EXECUTE FUNCTION observations_check_diary_entry();
                CREATE TRIGGER observations_check_diary_entry_on_update AFTER UPDATE ON observations
                    REFERENCING NEW TABLE AS checked_rows FOR EACH STATEMENT EXECUTE FUNCTION observations_check_diary_entry();

                CREATE FUNCTION diary_entries_delete_observations() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM observations AS o USING deleted_entries AS d WHERE o."DiaryEntryId" = d."Id";
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER diary_entries_delete_observations AFTER DELETE ON diary_entries
                    REFERENCING OLD TABLE AS deleted_entries FOR EACH STATEMENT EXECUTE FUNCTION diary_entries_delete_observations();

                CREATE FUNCTION diary_entries_keep_referenced_id() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF EXISTS (SELECT FROM observations WHERE "DiaryEntryId" = OLD."Id") THEN
                        RAISE EXCEPTION 'update on table "diary_entries" violates foreign key constraint "FK_observations_diary_entries_DiaryEntryId" on table "observations"'
                            USING ERRCODE = 'foreign_key_violation',
                                  DETAIL = format('Key ("Id")=(%s) is still referenced from table "observations".', OLD."Id"),
                                  TABLE = 'diary_entries',
                                  CONSTRAINT = 'FK_observations_diary_entries_DiaryEntryId';
                    END IF;

                    RETURN NEW;
                END
                $$;

                CREATE TRIGGER diary_entries_keep_referenced_id BEFORE UPDATE OF "Id" ON diary_entries
                    FOR EACH ROW WHEN (OLD."Id" IS DISTINCT FROM NEW."Id") EXECUTE FUNCTION diary_entries_keep_referenced_id();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                DROP TRIGGER diary_entries_keep_referenced_id ON diary_entries;
                DROP FUNCTION diary_entries_keep_referenced_id();
                DROP TRIGGER diary_entries_delete_observations ON diary_entries;
                DROP FUNCTION diary_entries_delete_observations();
                DROP TRIGGER observations_check_diary_entry_on_update ON observations;
                DROP TRIGGER observations_check_diary_entry_on_insert ON observations;
                DROP FUNCTION observations_check_diary_entry();
                """);

            migrationBuilder.AddForeignKey(
                name: "FK_observations_diary_entries_DiaryEntryId",
                table: "observations",
                column: "DiaryEntryId",
                principalTable: "diary_entries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
