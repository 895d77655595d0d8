using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using FibroTrack.Core.Diary;
using FibroTrack.Data;
using FibroTrack.Features.Diary;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Benchmarks;

/// <summary>Whether a save creates a new date or replaces one already stored.</summary>
public enum WriteKind
{
    /// <summary>A date never saved before: one entry row and its observation rows are inserted.</summary>
    Insert,

    /// <summary>A date saved before: its observations are deleted and written again, the entry row updated.</summary>
    Replace,
}

/// <summary>
/// Saving one full day (<see cref="FullDay"/>), into an account that already holds a year of such days:
/// <list type="bullet">
/// <item><see cref="Put"/>: <c>PUT /api/v1/days/{date}</c> through TestServer, the whole server-side pipeline.</item>
/// <item><see cref="SaveAsync"/>: <see cref="DiaryService.SaveAsync"/> in a fresh DI scope (as a request gets),
/// so the difference is what the HTTP pipeline adds.</item>
/// </list>
/// Target (issue): a day's PUT under 5 ms server-side.
/// </summary>
/// <remarks>
/// A freshly started app needs about 2,000 requests before a PUT settles (measured: 6.7 ms falling to 3.5 ms;
/// JIT tiering and the GC sizing its heaps are the likely causes), hence 20 warm-up iterations. The invocation count is fixed so an <see cref="WriteKind.Insert"/> run
/// uses a bounded number of fresh dates: (1 + 20 + 15) × 128 ≈ 4,600, counting back from 400 days ago.
/// </remarks>
[MemoryDiagnoser]
[GcServer(true)] // as the app runs: the Web SDK turns server GC on
[SimpleJob(launchCount: 1, warmupCount: 20, iterationCount: 15, invocationCount: 128)]
public class DiaryWriteBenchmarks
{
    /// <summary>Days already in the account before timing starts, ending yesterday; Replace rotates over them.</summary>
    private const int SeededDays = 365;

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private BenchmarkHost _host = null!;
    private HttpClient _client = null!;
    private string _userId = null!;
    private byte[] _body = null!;
    private DiaryDayInput _input = null!;
    private DateOnly[] _seeded = null!;
    private int _replaceIndex;
    private DateOnly _nextInsert;

    [Params(WriteKind.Insert, WriteKind.Replace)]
    public WriteKind Kind { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _host = new BenchmarkHost();
        (_client, _userId) = await _host.SignUpAsync("bench@example.test");

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        _body = Encoding.UTF8.GetBytes(FullDay.Json);
        _input = FullDay.Input(today);
        _seeded = [.. Enumerable.Range(1, SeededDays).Select(i => today.AddDays(-i))];
        _nextInsert = today.AddDays(-400);
        await _host.SaveDaysAsync(_userId, FullDay.Days(_seeded.Order()));

        // Fail here, not with fast refusals in the timed loop, if the request does not save.
        using var content = new ByteArrayContent(_body);
        content.Headers.ContentType = Json;
        using var check = await _client.PutAsync(Path(_seeded[^1]), content);
        if (!check.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"PUT answered {(int)check.StatusCode}: {await check.Content.ReadAsStringAsync()}");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _host.Dispose();
    }

    [Benchmark(Description = "PUT /api/v1/days/{date}")]
    public async Task<int> Put()
    {
        using var content = new ByteArrayContent(_body);
        content.Headers.ContentType = Json;

        // PutAsync buffers the whole response body before returning, so the server's work is done.
        using var response = await _client.PutAsync(Path(NextDate()), content);
        response.EnsureSuccessStatusCode();
        return (int)response.StatusCode;
    }

    [Benchmark(Description = "DiaryService.SaveAsync")]
    public async Task<bool> SaveAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OwnerScope>().ActAs(_userId);
        var saved = await scope.ServiceProvider.GetRequiredService<DiaryService>().SaveAsync(_input with { Date = NextDate() });
        return saved.IsValid ? true : throw new InvalidOperationException(saved.Errors[0].Message);
    }

    private static string Path(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"/api/v1/days/{date:yyyy-MM-dd}");

    private DateOnly NextDate()
    {
        if (Kind == WriteKind.Insert)
        {
            var date = _nextInsert;
            _nextInsert = _nextInsert.AddDays(-1);
            return date;
        }

        _replaceIndex = (_replaceIndex + 1) % _seeded.Length;
        return _seeded[_replaceIndex];
    }
}
