using System.Text;
using FibroTrack.Features.Import;
using FsCheck;
using FsCheck.Fluent;
using static FibroTrack.Tests.Import.ImportFiles;

namespace FibroTrack.Tests.Import;

/// <summary>
/// Whatever bytes arrive, the parsers and the planner end with either errors or a valid plan: no exception escapes,
/// nothing hangs. Inputs: truncations of a valid file, random garbage, huge numbers, CSV-injection strings, other
/// encodings and broken quoting.
/// </summary>
public sealed class ImportParserProperties
{
    private static readonly ImportOptions Options = new() { MaxBytes = 1 << 20, MaxErrors = 50 };

    private static readonly string Valid = Flaredown(
        Row("1", Date(3), "Symptom", "Pain", "2"),
        Row("1", Date(3), "Treatment", "Pregabalin", "75 mg"),
        Row("1", Date(3), "Food", "Kale", string.Empty),
        Row("1", Date(2), "Tag", "work", string.Empty));

    private static readonly string[] Nasty =
    [
        "=cmd|' /C calc'!A0", "+SUM(1+1)", "-2+3", "@A1", "1e400", "-1e400", "NaN", "Infinity", "99999999999999999999999",
        "\"unclosed", "a\"b", "\"\"\"", "\u0000", "\r", "\n", "\uFEFF", "é", "\uD800", new string('x', 5000), ",,,,,,", "2024-02-30",
        "0001-01-01", "9999-12-31", "Symptom", "Treatment", "Tag", "Food", "Condition", "0", "4", "4.0000001", " 2 ", "1,000 mg",
    ];

    private static Gen<byte[]> Inputs()
    {
        var validBytes = Encoding.UTF8.GetBytes(Valid);
        var truncated = Gen.Choose(0, validBytes.Length).Select(n => validBytes[..n]);
        var garbage = Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b));
        var cell = Gen.OneOf(Gen.Elements(Nasty), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty));
        var rows = Gen.ListOf(Gen.ListOf(cell, 9).Select(r => string.Join(',', r)))
            .Select(r => Encoding.UTF8.GetBytes(string.Join('\n', [FlaredownHeader, .. r])));
        var wellFormedNasty =
            from date in Gen.Elements(Nasty.Concat([Date(1)]).ToArray())
            from type in Gen.Elements(Nasty)
            from name in Gen.Elements(Nasty)
            from value in Gen.Elements(Nasty)
            select Encoding.UTF8.GetBytes(Flaredown(Row("1", date, type, name, $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"")));
        var otherEncodings = Gen.Elements(Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.UTF32, Encoding.Latin1)
            .Select(e => e.GetPreamble().Concat(e.GetBytes(Valid.Replace("Pain", "Douleur é", StringComparison.Ordinal))).ToArray());
        return Gen.OneOf(truncated, garbage, rows, wellFormedNasty, otherEncodings);
    }

    [Fact]
    public void Flaredown_AnyBytes_ErrorsOrValidPlanNeverAnException()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true), Prop.ForAll(Inputs().ToArbitrary(), bytes =>
        {
            var task = Task.Run(async () =>
            {
                var parsed = await FlaredownReader.ReadAsync(new MemoryStream(bytes), FlaredownSelection.All, Options, null, CancellationToken.None);
                foreach (var person in parsed.People)
                {
                    ImportPlanner.Plan(person, ExistingState.NewAccount("x@example.test"), "Flaredown", "s", "checkin_date", TimeProvider.System, parsed.Errors);
                }

                return parsed;
            });
            Assert.True(task.Wait(TimeSpan.FromSeconds(10)), "The parser hung.");
            var result = task.Result;
            Assert.True(result.Errors.Count > 0 || result.Errors.Listed.Count == 0);
            Assert.Equal(64, result.Sha256.Length);
            Assert.All(result.Errors.Listed, e => Assert.True(e.Line >= 0 && e.Message.Length > 0));
        }));
    }

    [Fact]
    public void LongCsv_AnyBytes_ErrorsOrValidPlanNeverAnException()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true), Prop.ForAll(Inputs().ToArbitrary(), bytes =>
        {
            var csv = bytes.Length > FlaredownHeader.Length && bytes[0] == (byte)'u' ? [.. Encoding.UTF8.GetBytes("date,variable,value,unit\n"), .. bytes[FlaredownHeader.Length..]] : bytes;
            var task = Task.Run(async () =>
            {
                var parsed = await CsvLongReader.ReadAsync(new MemoryStream(csv), CsvMapping.Empty, Options, null, CancellationToken.None);
                foreach (var person in parsed.People)
                {
                    ImportPlanner.Plan(person, ExistingState.NewAccount("x@example.test"), "CSV", "s", "date", TimeProvider.System, parsed.Errors);
                }

                return parsed;
            });
            Assert.True(task.Wait(TimeSpan.FromSeconds(10)), "The parser hung.");
            Assert.Equal(64, task.Result.Sha256.Length);
        }));
    }

    [Fact]
    public async Task Flaredown_FileOverTheLimit_CleanErrorNotAnException()
    {
        var big = Encoding.UTF8.GetBytes(Flaredown([.. Enumerable.Range(0, 20_000).Select(i => Row("1", Date(1 + i % 300), "Symptom", "Pain", "2"))]));

        var parsed = await FlaredownReader.ReadAsync(new MemoryStream(big), FlaredownSelection.All, new ImportOptions { MaxBytes = 100_000 }, null, TestContext.Current.CancellationToken);

        Assert.Contains(parsed.Errors.Listed, e => e.Message.Contains("larger than the import limit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Flaredown_UnclosedQuote_StopsWithErrorInsteadOfReadingTheRestAsOneField()
    {
        var text = FlaredownHeader + "\n" + Row("1", Date(2), "Symptom", "Pain", "\"2") + "\n" + string.Concat(Enumerable.Repeat(Row("1", Date(3), "Symptom", "Pain", "2") + "\n", 5000));

        var parsed = await FlaredownReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), FlaredownSelection.All, Options, null, TestContext.Current.CancellationToken);

        Assert.True(parsed.Errors.Count > 0);
        Assert.Equal(2, parsed.Errors.Listed[0].Line);
    }
}
