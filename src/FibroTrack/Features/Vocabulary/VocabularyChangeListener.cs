using FibroTrack.Storage;
using Npgsql;

namespace FibroTrack.Features.Vocabulary;

/// <summary>
/// On PostgreSQL, listens for the vocabulary changes every instance (and the command line) announces
/// (<see cref="VocabularyChanges"/>) and forgets the person's cached vocabulary. The cache is on only while this
/// listens: it is turned on once <c>LISTEN</c> is in place and off the moment the connection fails, then the listener
/// reconnects. On SQLite there is nothing to listen to and the cache stays off.
/// </summary>
public sealed partial class VocabularyChangeListener(StorageConnection storage, VocabularyCache cache, ILogger<VocabularyChangeListener> logger)
    : BackgroundService
{
    /// <summary>How the listener's session shows in <c>pg_stat_activity</c>.</summary>
    public const string ApplicationName = "fibrotrack vocabulary listener";

    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!storage.IsPostgreSql)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Whatever broke the connection, the cache is already off (ListenAsync) until the listener is back.
                LogListenFailed(logger, ex, RetryAfter.TotalSeconds);
            }

            try
            {
                await Task.Delay(RetryAfter, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        // Its own connection, outside the pool, held for as long as the app runs; keepalives notice a silent network loss.
        var settings = new NpgsqlConnectionStringBuilder(storage.ConnectionString)
        {
            Pooling = false,
            KeepAlive = 30,
            ApplicationName = ApplicationName,
        };
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        connection.Notification += (_, e) => cache.Invalidate(e.Payload);
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {VocabularyChanges.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        cache.Enable();
        try
        {
            LogListening(logger);
            while (true)
            {
                await connection.WaitAsync(stoppingToken);
            }
        }
        finally
        {
            // Off before anything else happens: from this moment changes may go unheard.
            cache.Disable();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for vocabulary changes: personal vocabularies are now cached between requests.")]
    private static partial void LogListening(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the vocabulary change listener; vocabularies are loaded on every request until it reconnects in {Seconds} s.")]
    private static partial void LogListenFailed(ILogger logger, Exception exception, double seconds);
}
