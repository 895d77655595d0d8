using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FibroTrack.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ClinicalRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "DiaryEntryId",
                table: "observations",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<long>(
                name: "InstrumentResponseId",
                table: "observations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "infection_episodes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConfirmedByTest = table.Column<bool>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_infection_episodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_infection_episodes_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "instrument_responses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    InstrumentId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Total = table.Column<double>(type: "REAL", nullable: true),
                    Band = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instrument_responses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_instrument_responses_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "instrument_schedules",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    InstrumentId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EveryDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instrument_schedules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_instrument_schedules_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lab_results",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AnalyteCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    AnalyteName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Value = table.Column<double>(type: "REAL", nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    CanonicalValue = table.Column<double>(type: "REAL", nullable: true),
                    CanonicalUnit = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Titer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Positive = table.Column<bool>(type: "INTEGER", nullable: true),
                    Pattern = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RangeLow = table.Column<double>(type: "REAL", nullable: true),
                    RangeHigh = table.Column<double>(type: "REAL", nullable: true),
                    SpecimenDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lab_results", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lab_results_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_profiles",
                columns: table => new
                {
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SymptomOnsetDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OnsetTrigger = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OnsetNotes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_profiles", x => x.OwnerId);
                    table.ForeignKey(
                        name: "FK_person_profiles_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_observations_InstrumentResponseId",
                table: "observations",
                column: "InstrumentResponseId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_observations_one_parent",
                table: "observations",
                sql: "(\"DiaryEntryId\" IS NULL) <> (\"InstrumentResponseId\" IS NULL)");

            migrationBuilder.CreateIndex(
                name: "IX_infection_episodes_OwnerId_StartDate",
                table: "infection_episodes",
                columns: new[] { "OwnerId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_instrument_responses_OwnerId_InstrumentId_Date",
                table: "instrument_responses",
                columns: new[] { "OwnerId", "InstrumentId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_instrument_schedules_OwnerId_InstrumentId",
                table: "instrument_schedules",
                columns: new[] { "OwnerId", "InstrumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lab_results_OwnerId_AnalyteCode_SpecimenDate",
                table: "lab_results",
                columns: new[] { "OwnerId", "AnalyteCode", "SpecimenDate" });

            migrationBuilder.AddForeignKey(
                name: "FK_observations_instrument_responses_InstrumentResponseId",
                table: "observations",
                column: "InstrumentResponseId",
                principalTable: "instrument_responses",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_observations_instrument_responses_InstrumentResponseId",
                table: "observations");

            migrationBuilder.DropTable(
                name: "infection_episodes");

            migrationBuilder.DropTable(
                name: "instrument_responses");

            migrationBuilder.DropTable(
                name: "instrument_schedules");

            migrationBuilder.DropTable(
                name: "lab_results");

            migrationBuilder.DropTable(
                name: "person_profiles");

            migrationBuilder.DropIndex(
                name: "IX_observations_InstrumentResponseId",
                table: "observations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_observations_one_parent",
                table: "observations");

            migrationBuilder.DropColumn(
                name: "InstrumentResponseId",
                table: "observations");

            migrationBuilder.AlterColumn<long>(
                name: "DiaryEntryId",
                table: "observations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
