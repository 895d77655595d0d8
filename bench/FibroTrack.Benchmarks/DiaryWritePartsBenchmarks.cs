using System.Globalization;
using BenchmarkDotNet.Attributes;
using FibroTrack.Core.Diary;
using FibroTrack.Core.Vocabulary;
using FibroTrack.Data;
using FibroTrack.Features.Vocabulary;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Benchmarks;

/// <summary>
/// Pieces of a day's save, timed alone, to show where <see cref="DiaryWriteBenchmarks"/> spends its time:
/// validation, the fixed cost of a request's DbContext, loading the vocabulary, and what SQLite itself
/// needs to replace a day's rows and commit (no EF Core), with the app's pragmas (WAL, synchronous=NORMAL).
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 15)]
public class DiaryWritePartsBenchmarks
{
    private const int SeededDays = 365;

    private readonly DateOnly _today = DateOnly.FromDateTime(DateTime.UtcNow);
    private BenchmarkHost? _host;
    private string _userId = null!;
    private DiaryDayInput _input = null!;
    private DateOnly[] _seeded = null!;
    private int _index;
    private IReadOnlyList<Observation> _observations = null!;
    private long[] _entryIds = [];
    private SqliteConnection? _raw;
    private SqliteCommand _delete = null!;
    private SqliteCommand _insert = null!;

    [GlobalSetup(Target = nameof(Validate))]
    public void SetupValidate() => _input = FullDay.Input(_today.AddDays(-1));

    [GlobalSetup(Targets = [nameof(ScopeAndOneQuery), nameof(ScopeAndVocabulary)])]
    public async Task SetupHostAsync()
    {
        _host = new BenchmarkHost();
        HttpClient client;
        (client, _userId) = await _host.SignUpAsync("parts@example.test");
        client.Dispose();
        _seeded = [.. Enumerable.Range(1, SeededDays).Select(i => _today.AddDays(-i))];
        var days = FullDay.Days(_seeded.Order());
        await _host.SaveDaysAsync(_userId, days);
        _observations = days[0].ToObservations();
    }

    /// <summary>
    /// The storage floor: the app's own database and observations table, the seeded year's entries, but
    /// no EF Core: one open Microsoft.Data.Sqlite connection with the app's pragmas and prepared commands.
    /// </summary>
    [GlobalSetup(Target = nameof(RawReplace))]
    public async Task SetupRawAsync()
    {
        await SetupHostAsync();
        _raw = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _host!.DatabasePath, Pooling = false }.ToString());
        _raw.Open();
        using (var pragmas = _raw.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";
            pragmas.ExecuteNonQuery();
        }

        using (var entries = _raw.CreateCommand())
        {
            entries.CommandText = "SELECT Id FROM diary_entries WHERE OwnerId = $owner ORDER BY Date";
            entries.Parameters.AddWithValue("$owner", _userId);
            using var reader = entries.ExecuteReader();
            var ids = new List<long>();
            while (reader.Read())
            {
                ids.Add(reader.GetInt64(0));
            }

            _entryIds = [.. ids];
        }

        _delete = _raw.CreateCommand();
        _delete.CommandText = "DELETE FROM observations WHERE OwnerId = $owner AND DiaryEntryId = $entry";
        _delete.Parameters.Add("$owner", SqliteType.Text).Value = _userId;
        _delete.Parameters.Add("$entry", SqliteType.Integer);
        _insert = _raw.CreateCommand();
        _insert.CommandText = "INSERT INTO observations (OwnerId, DiaryEntryId, Date, Code, Value, Text, Ordinal) VALUES ($owner, $entry, $date, $code, $value, $text, $ordinal)";
        foreach (var (name, type) in new[] { ("$owner", SqliteType.Text), ("$entry", SqliteType.Integer), ("$date", SqliteType.Text), ("$code", SqliteType.Text), ("$value", SqliteType.Real), ("$text", SqliteType.Text), ("$ordinal", SqliteType.Integer) })
        {
            _insert.Parameters.Add(name, type);
        }

        _insert.Parameters[0].Value = _userId;
        _delete.Prepare();
        _insert.Prepare();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_raw is not null)
        {
            _insert.Dispose();
            _delete.Dispose();
            _raw.Dispose();
        }

        _host?.Dispose();
    }

    [Benchmark(Description = "DiaryValidator.Validate (full day)")]
    public bool Validate() => new DiaryValidator(VariableVocabulary.BuiltIn, TimeProvider.System).Validate(_input).IsValid;

    [Benchmark(Description = "New scope + DbContext + one indexed query")]
    public async Task<bool> ScopeAndOneQuery()
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OwnerScope>().ActAs(_userId);
        var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();
        var date = NextDate();
        return await db.DiaryEntries.AnyAsync(e => e.Date == date);
    }

    [Benchmark(Description = "New scope + VocabularyService.GetAsync")]
    public async Task<int> ScopeAndVocabulary()
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OwnerScope>().ActAs(_userId);
        var vocabulary = await scope.ServiceProvider.GetRequiredService<VocabularyService>().GetAsync();
        return vocabulary.Variables.Variables.Count;
    }

    [Benchmark(Description = "Raw SQLite: replace a day's 57 rows + COMMIT")]
    public void RawReplace()
    {
        var day = _index = (_index + 1) % _entryIds.Length;
        using var transaction = _raw!.BeginTransaction();
        _delete.Transaction = transaction;
        _insert.Transaction = transaction;
        _delete.Parameters[1].Value = _entryIds[day];
        _delete.ExecuteNonQuery();
        _insert.Parameters[1].Value = _entryIds[day];
        _insert.Parameters[2].Value = _seeded[^(day + 1)].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var o in _observations)
        {
            _insert.Parameters[3].Value = o.Code;
            _insert.Parameters[4].Value = (object?)o.Value ?? DBNull.Value;
            _insert.Parameters[5].Value = (object?)o.Text ?? DBNull.Value;
            _insert.Parameters[6].Value = o.Ordinal;
            _insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private DateOnly NextDate()
    {
        _index = (_index + 1) % SeededDays;
        return _seeded[_index];
    }
}
