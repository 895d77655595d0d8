using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FibroTrack.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class QuestionnaireRowsIndexFiltered : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_observations_InstrumentResponseId",
                table: "observations");

            migrationBuilder.CreateIndex(
                name: "IX_observations_InstrumentResponseId",
                table: "observations",
                column: "InstrumentResponseId",
                filter: "\"InstrumentResponseId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_observations_InstrumentResponseId",
                table: "observations");

            migrationBuilder.CreateIndex(
                name: "IX_observations_InstrumentResponseId",
                table: "observations",
                column: "InstrumentResponseId");
        }
    }
}
