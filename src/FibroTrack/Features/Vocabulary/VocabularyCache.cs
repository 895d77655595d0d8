using System.Diagnostics.CodeAnalysis;

namespace FibroTrack.Features.Vocabulary;

/// <summary>
/// People's vocabularies kept between requests, so that a diary save or a page does not reload custom variables and
/// regimen on every request (two queries, a quarter of a save's CPU on PostgreSQL; docs/performance.md). Only on while
/// the app hears every change: <see cref="VocabularyChangeListener"/> turns it on while it listens to PostgreSQL's
/// notifications, and <see cref="VocabularyChanges"/> sends one with every change and drops this instance's entry at
/// once. On SQLite it stays off: another process (a second instance, the command line) could change the file unheard.
/// </summary>
/// <remarks>
/// A load takes a ticket before it queries and may store its result only if nothing was invalidated meanwhile; so
/// a vocabulary read before a change, whose notification arrived while the read was under way, is never kept.
/// Entries are shared between requests and threads: nothing may change a <see cref="PersonalVocabulary"/> once loaded.
/// </remarks>
public sealed class VocabularyCache(TimeProvider clock)
{
    /// <summary>How long an entry is trusted at most: the bound on staleness should a notification ever be lost.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    /// <summary>Entries kept at most; a full cache starts over rather than tracking use (a miss costs two queries).</summary>
    public const int Capacity = 20_000;

    /// <summary>Stands for every person, for a change that cannot be tied to one (no account id is "*").</summary>
    public const string Everyone = "*";

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _generation;
    private bool _enabled;

    public bool IsEnabled
    {
        get
        {
            lock (_lock)
            {
                return _enabled;
            }
        }
    }

    public bool TryGet(string ownerId, [NotNullWhen(true)] out PersonalVocabulary? vocabulary)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(ownerId, out var entry))
            {
                if (clock.GetElapsedTime(entry.StoredAt) < MaxAge)
                {
                    vocabulary = entry.Vocabulary;
                    return true;
                }

                _entries.Remove(ownerId);
            }

            vocabulary = null;
            return false;
        }
    }

    /// <summary>The ticket a load takes before it queries; <see cref="Store"/> refuses it once anything was invalidated.</summary>
    public long Ticket()
    {
        lock (_lock)
        {
            return _enabled ? _generation : -1;
        }
    }

    /// <summary>Keeps a vocabulary loaded under <paramref name="ticket"/>, unless the cache is off or something changed since.</summary>
    public bool Store(string ownerId, PersonalVocabulary vocabulary, long ticket)
    {
        lock (_lock)
        {
            if (!_enabled || ticket != _generation)
            {
                return false;
            }

            if (_entries.Count >= Capacity)
            {
                _entries.Clear();
            }

            _entries[ownerId] = new Entry(vocabulary, clock.GetTimestamp());
            return true;
        }
    }

    /// <summary>
    /// Forgets one person's vocabulary, or everybody's for <see cref="Everyone"/>, and any load of anybody's under way
    /// (its ticket no longer matches).
    /// </summary>
    public void Invalidate(string ownerId)
    {
        lock (_lock)
        {
            _generation++;
            if (ownerId == Everyone)
            {
                _entries.Clear();
            }
            else
            {
                _entries.Remove(ownerId);
            }
        }
    }

    /// <summary>Starts keeping vocabularies: call only once every later change will be heard.</summary>
    public void Enable() => Switch(true);

    /// <summary>Stops keeping vocabularies and forgets them: changes may go unheard from now on.</summary>
    public void Disable() => Switch(false);

    private void Switch(bool enabled)
    {
        lock (_lock)
        {
            _generation++;
            _entries.Clear();
            _enabled = enabled;
        }
    }

    private sealed record Entry(PersonalVocabulary Vocabulary, long StoredAt);
}
