using System.IO.Compression;
using System.Text;
using FibroTrack.Core.Wearables;

namespace FibroTrack.Core.Tests.Wearables;

public sealed class AppleHealthReaderTests
{
    // As the Health app writes it: an internal DTD, <Me>, records with nested metadata, and types we do not import.
    private const string Export = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE HealthData [
        <!ELEMENT HealthData (ExportDate,Me,(Record|Workout)*)>
        <!ATTLIST HealthData locale CDATA #REQUIRED>
        ]>
        <HealthData locale="en_GB">
         <ExportDate value="2026-03-05 09:00:00 +0000"/>
         <Me HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale"/>
         <Record type="HKQuantityTypeIdentifierStepCount" sourceName="Phone" unit="count" startDate="2026-03-01 08:00:00 +0100" endDate="2026-03-01 08:10:00 +0100" value="1000"/>
         <Record type="HKQuantityTypeIdentifierStepCount" sourceName="Phone" unit="count" startDate="2026-03-01 12:00:00 +0100" endDate="2026-03-01 12:10:00 +0100" value="500"/>
         <Record type="HKQuantityTypeIdentifierStepCount" sourceName="Watch" unit="count" startDate="2026-03-01 08:00:00 +0100" endDate="2026-03-01 08:10:00 +0100" value="1200"/>
         <Record type="HKQuantityTypeIdentifierActiveEnergyBurned" sourceName="Watch" unit="kJ" startDate="2026-03-01 08:00:00 +0100" endDate="2026-03-01 09:00:00 +0100" value="418.4"/>
         <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Watch" unit="count/min" startDate="2026-03-01 08:00:00 +0100" endDate="2026-03-01 08:00:00 +0100" value="60"/>
         <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Watch" unit="count/min" startDate="2026-03-01 09:00:00 +0100" endDate="2026-03-01 09:00:00 +0100" value="80"/>
         <Record type="HKQuantityTypeIdentifierHeartRateVariabilitySDNN" sourceName="Watch" unit="ms" startDate="2026-03-01 07:00:00 +0100" endDate="2026-03-01 07:01:00 +0100" value="42">
          <HeartRateVariabilityMetadataList>
           <InstantaneousBeatsPerMinute bpm="61" time="7:00:01.00 am"/>
          </HeartRateVariabilityMetadataList>
         </Record>
         <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Watch" startDate="2026-03-01 23:00:00 +0100" endDate="2026-03-02 02:00:00 +0100" value="HKCategoryValueSleepAnalysisAsleepCore"/>
         <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Watch" startDate="2026-03-02 02:00:00 +0100" endDate="2026-03-02 02:30:00 +0100" value="HKCategoryValueSleepAnalysisAwake"/>
         <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Watch" startDate="2026-03-02 02:30:00 +0100" endDate="2026-03-02 06:30:00 +0100" value="HKCategoryValueSleepAnalysisAsleepDeep"/>
         <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Phone" startDate="2026-03-01 22:30:00 +0100" endDate="2026-03-02 07:00:00 +0100" value="HKCategoryValueSleepAnalysisInBed"/>
         <Record type="HKQuantityTypeIdentifierBloodPressureSystolic" sourceName="Cuff" unit="mmHg" startDate="2026-03-01 08:00:00 +0100" endDate="2026-03-01 08:00:00 +0100" value="120"/>
         <Workout workoutActivityType="HKWorkoutActivityTypeWalking" duration="30" startDate="2026-03-01 10:00:00 +0100" endDate="2026-03-01 10:30:00 +0100"/>
        </HealthData>
        """;

    private static readonly DateOnly March1 = new(2026, 3, 1);

    private static AppleHealthSummary Read(string xml) =>
        AppleHealthReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), cancellationToken: TestContext.Current.CancellationToken);

    [Fact]
    public void Read_StepsPerSourceSummedThenLargestSource()
    {
        var day = Read(Export).Days.Single(d => d.Date == March1);

        Assert.Equal(1500, day.Steps); // phone 1,000 + 500 beats the watch's 1,200
    }

    [Fact]
    public void Read_EnergyInKilojoulesConvertedToKcal_HeartRateAndHrvAveraged()
    {
        var day = Read(Export).Days.Single(d => d.Date == March1);

        Assert.Equal(100, day.ActiveEnergyKcal!.Value, 9);
        Assert.Equal(70, day.HeartRateMean);
        Assert.Equal(42, day.HeartRateVariabilityMean);
    }

    [Fact]
    public void Read_SleepCountsAsleepStagesOnTheMorningItEnded()
    {
        var summary = Read(Export);

        var morning = summary.Days.Single(d => d.Date == March1.AddDays(1));
        Assert.Equal(7, morning.SleepHours); // 3 h core + 4 h deep; awake and in-bed left out
        Assert.Null(summary.Days.Single(d => d.Date == March1).SleepHours);
    }

    [Fact]
    public void Read_OtherTypesCountedAsIgnored_NotDropped()
    {
        var summary = Read(Export);

        Assert.Equal(1, summary.IgnoredTypes["HKQuantityTypeIdentifierBloodPressureSystolic"]);
        Assert.Equal(12, summary.RecordsRead);
        Assert.Equal(11, summary.RecordsUsed);
        Assert.Empty(summary.Skipped);
    }

    [Fact]
    public void Read_ZipFromTheHealthApp_SameAsTheXml()
    {
        using var zipped = new MemoryStream();
        using (var zip = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("apple_health_export/export.xml").Open(), Encoding.UTF8);
            entry.Write(Export);
        }

        zipped.Position = 0;
        var fromZip = AppleHealthReader.Read(zipped, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Read(Export).Days, fromZip.Days);
    }

    [Fact]
    public void Read_BadValue_SkippedWithItsLine_OthersUsed()
    {
        var xml = Export.Replace("value=\"500\"", "value=\"lots\"", StringComparison.Ordinal);

        var summary = Read(xml);

        var skipped = Assert.Single(summary.Skipped);
        Assert.StartsWith("Line 10:", skipped, StringComparison.Ordinal);
        Assert.Contains("'lots'", skipped, StringComparison.Ordinal);
        Assert.Equal(1200, summary.Days.Single(d => d.Date == March1).Steps); // the watch is now the larger source
    }

    [Fact]
    public void Read_Truncated_ErrorNamesTheLine()
    {
        var truncated = Export[..Export.IndexOf("<Record type=\"HKQuantityTypeIdentifierHeartRate\"", StringComparison.Ordinal)] + "<Record type=\"Hea";

        var error = Assert.Throws<AppleHealthFormatException>(() => Read(truncated));

        Assert.True(error.Line >= 13, error.Message);
        Assert.StartsWith("Line ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotAHealthExport_Refused()
    {
        var error = Assert.Throws<AppleHealthFormatException>(() => Read("<?xml version=\"1.0\"?><html><body/></html>"));

        Assert.Contains("not an Apple Health export", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EntityExpansionAttack_NeverExpanded()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE HealthData [
             <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
             <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
             <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
             <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
             <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
            ]>
            <HealthData locale="en"><Record type="HKQuantityTypeIdentifierStepCount" sourceName="&e;" unit="count" startDate="2026-03-01 08:00:00 +0100" endDate="2026-03-01 08:10:00 +0100" value="1"/></HealthData>
            """;

        var error = Assert.Throws<AppleHealthFormatException>(() => Read(bomb));

        Assert.StartsWith("Line ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ExternalEntity_NeverFetched()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "1234");
        try
        {
            var xxe = $"""
                <?xml version="1.0"?>
                <!DOCTYPE HealthData [ <!ENTITY x SYSTEM "file://{secret}"> ]>
                <HealthData locale="en"><Record type="HKQuantityTypeIdentifierStepCount" sourceName="p" unit="count" startDate="2026-03-01 08:00:00 +0100" endDate="2026-03-01 08:10:00 +0100" value="&x;"/></HealthData>
                """;

            Assert.Throws<AppleHealthFormatException>(() => Read(xxe));
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Read_ManyRecords_StreamsAndReportsProgress()
    {
        var xml = new StringBuilder("<HealthData locale=\"en\">");
        for (var i = 0; i < 50_000; i++)
        {
            var date = March1.AddDays(i % 30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            xml.Append(System.Globalization.CultureInfo.InvariantCulture, $"<Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"p\" unit=\"count\" startDate=\"{date} 08:00:00 +0000\" endDate=\"{date} 08:01:00 +0000\" value=\"2\"/>");
        }

        xml.Append("</HealthData>");
        long last = 0;

        var summary = AppleHealthReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml.ToString())), new SyncProgress(n => last = n), TestContext.Current.CancellationToken);

        Assert.Equal(30, summary.Days.Count);
        Assert.All(summary.Days, d => Assert.InRange(d.Steps!.Value, 3332, 3334));
        Assert.Equal(50_000, last);
    }

    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
