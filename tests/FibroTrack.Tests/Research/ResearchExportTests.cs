using System.Net;
using Parquet;
using Parquet.Schema;

namespace FibroTrack.Tests.Research;

/// <summary>GET /api/v1/admin/research/export.parquet: administrators only, and nothing in it identifies a person.</summary>
[Collection(ResearchCohortFixture.Collection)]
public sealed class ResearchExportTests(ResearchCohortFixture cohort)
{
    private const string Path = "/api/v1/admin/research/export.parquet";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Export_Researcher_403()
    {
        using var response = await cohort.Researcher.Client.GetAsync(Path, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Export_Person_403()
    {
        using var response = await cohort.People[0].Client.GetAsync(Path, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Export_Administrator_ConsentingPeopleUnderFreshPseudonyms()
    {
        var first = await DownloadAsync();
        var second = await DownloadAsync();

        var pseudonyms = first.Strings("pseudonym").Distinct().ToList();
        Assert.Equal(ResearchCohortFixture.Consenting, pseudonyms.Count);
        var ids = cohort.People.Concat(cohort.NotConsenting).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(pseudonyms, p => p is not null && ids.Contains(p));
        Assert.Empty(pseudonyms.Intersect(second.Strings("pseudonym")));
    }

    [Fact]
    public async Task Export_Administrator_NoFreeTextNoIdsNoEmails()
    {
        var table = await DownloadAsync();

        var forbidden = cohort.People.Concat(cohort.NotConsenting).SelectMany(p => new[] { p.Id, p.Email }).Append(ResearchCohortFixture.Secret).ToList();
        foreach (var field in table.Fields.Where(ExportTable.IsText))
        {
            foreach (var value in table.Strings(field.Name))
            {
                Assert.DoesNotContain(forbidden, f => value?.Contains(f, StringComparison.Ordinal) == true);
            }
        }

        Assert.DoesNotContain("diary.note", table.Strings("code"));
    }

    [Fact]
    public async Task Export_Administrator_DatesShiftedByOneOffsetPerPersonAndAgesBanded()
    {
        var table = await DownloadAsync();

        var rows = Enumerable.Range(0, table.Rows).Where(r => table.Strings("source")[r] == "lab" && table.Strings("code")[r] == "1988-5").ToList();
        var offsets = new List<int>();
        foreach (var person in rows.GroupBy(r => table.Strings("pseudonym")[r]))
        {
            // Each person's three regular CRP dates keep their spacing: one shift for all of their rows.
            var dates = person.Select(r => table.Dates("date")[r]).Order().ToList();
            var regular = ResearchCohortFixture.LabDates;
            var shift = dates[0].DayNumber - regular[0].DayNumber;
            Assert.InRange(shift, -180, 180);
            Assert.Equal(regular.Select(d => d.AddDays(shift)), dates.Take(3));
            offsets.Add(shift);
            var onset = person.Select(r => table.OptionalDates("onset_date")[r]).Distinct().Single();
            Assert.Equal(new DateOnly(2015, 6, 1).AddDays(shift), onset);
        }

        Assert.Equal(ResearchCohortFixture.Consenting, offsets.Count);
        Assert.True(offsets.Distinct().Count() > 1, "offsets are drawn per person");
        Assert.All(table.Strings("age_band"), band => Assert.Matches(@"^(\d0–\d9|90\+)$", band!));
    }

    private async Task<ExportTable> DownloadAsync()
    {
        using var response = await cohort.Administrator.Client.GetAsync(Path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.apache.parquet", response.Content.Headers.ContentType?.MediaType);
        return await ExportTable.ReadAsync(await response.Content.ReadAsByteArrayAsync(Ct));
    }
}

/// <summary>The research export read back with Parquet.Net, column by column.</summary>
internal sealed class ExportTable
{
    private readonly Dictionary<string, Array> _columns;

    private ExportTable(IReadOnlyList<DataField> fields, Dictionary<string, Array> columns, int rows)
    {
        Fields = fields;
        _columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<DataField> Fields { get; }

    public int Rows { get; }

    public static bool IsText(DataField field) => field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>);

    public string?[] Strings(string name) => (string?[])_columns[name];

    public DateOnly[] Dates(string name) => (DateOnly[])_columns[name];

    public DateOnly?[] OptionalDates(string name) => (DateOnly?[])_columns[name];

    public static async Task<ExportTable> ReadAsync(byte[] bytes)
    {
        var ct = TestContext.Current.CancellationToken;
        using var stream = new MemoryStream(bytes);
        await using var reader = await ParquetReader.CreateAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true }, cancellationToken: ct);
        var fields = reader.Schema.DataFields;
        var parts = fields.ToDictionary(f => f.Name, _ => new List<Array>(), StringComparer.Ordinal);
        var rows = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = checked((int)group.RowCount);
            rows += n;
            foreach (var field in fields)
            {
                parts[field.Name].Add(await ReadAsync(group, field, n, ct));
            }
        }

        var columns = fields.ToDictionary(
            f => f.Name,
            f =>
            {
                var all = Array.CreateInstance(parts[f.Name].Count > 0 ? parts[f.Name][0].GetType().GetElementType()! : typeof(object), rows);
                var offset = 0;
                foreach (var part in parts[f.Name])
                {
                    Array.Copy(part, 0, all, offset, part.Length);
                    offset += part.Length;
                }

                return all;
            },
            StringComparer.Ordinal);
        return new ExportTable(fields, columns, rows);
    }

    private static async Task<Array> ReadAsync(ParquetRowGroupReader group, DataField field, int n, CancellationToken ct)
    {
        if (IsText(field))
        {
            var values = new string?[n];
            await group.ReadAsync(field, values.AsMemory(), cancellationToken: ct);
            return values;
        }

        if (field.ClrType == typeof(DateOnly) && field.IsNullable)
        {
            var values = new DateOnly?[n];
            await group.ReadAsync<DateOnly>(field, values.AsMemory(), cancellationToken: ct);
            return values;
        }

        if (field.ClrType == typeof(DateOnly))
        {
            var values = new DateOnly[n];
            await group.ReadAsync<DateOnly>(field, values.AsMemory(), cancellationToken: ct);
            return values;
        }

        if (field.ClrType == typeof(double))
        {
            var values = new double?[n];
            await group.ReadAsync<double>(field, values.AsMemory(), cancellationToken: ct);
            return values;
        }

        throw new NotSupportedException($"Column {field.Name} has an unexpected type {field.ClrType}.");
    }
}
