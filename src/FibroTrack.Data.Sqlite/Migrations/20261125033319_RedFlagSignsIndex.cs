using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FibroTrack.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RedFlagSignsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_observations_signs",
                table: "observations",
                columns: new[] { "OwnerId", "Date" },
                filter: "\"Code\" LIKE 'sign.%'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_observations_signs",
                table: "observations");
        }
    }
}
