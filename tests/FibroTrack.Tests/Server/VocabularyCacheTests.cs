using FibroTrack.Features.Vocabulary;
using Microsoft.Extensions.Time.Testing;

namespace FibroTrack.Tests.Server;

/// <summary>The between-request vocabulary cache: what it keeps, and every way a kept vocabulary is refused or forgotten.</summary>
public sealed class VocabularyCacheTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly PersonalVocabulary _vocabulary = new([], []);

    [Fact]
    public void Off_KeepsNothing()
    {
        var cache = new VocabularyCache(_clock);

        Assert.False(cache.Store("a", _vocabulary, cache.Ticket()));
        Assert.False(cache.TryGet("a", out _));
    }

    [Fact]
    public void On_KeepsEachPersonsVocabulary()
    {
        var cache = Enabled();
        var other = new PersonalVocabulary([], []);

        Assert.True(cache.Store("a", _vocabulary, cache.Ticket()));
        Assert.True(cache.Store("b", other, cache.Ticket()));

        Assert.True(cache.TryGet("a", out var a));
        Assert.Same(_vocabulary, a);
        Assert.True(cache.TryGet("b", out var b));
        Assert.Same(other, b);
        Assert.False(cache.TryGet("c", out _));
    }

    [Fact]
    public void LoadUnderWayWhenAChangeIsHeard_IsNotKept()
    {
        var cache = Enabled();
        var ticket = cache.Ticket();

        // The change is heard while the load is still reading the old rows (of anybody: the ticket is global).
        cache.Invalidate("someone-else");

        Assert.False(cache.Store("a", _vocabulary, ticket));
        Assert.False(cache.TryGet("a", out _));
        Assert.True(cache.Store("a", _vocabulary, cache.Ticket()));
    }

    [Fact]
    public void Invalidate_ForgetsOnlyThatPerson()
    {
        var cache = Enabled();
        cache.Store("a", _vocabulary, cache.Ticket());
        cache.Store("b", _vocabulary, cache.Ticket());

        cache.Invalidate("a");

        Assert.False(cache.TryGet("a", out _));
        Assert.True(cache.TryGet("b", out _));
    }

    [Fact]
    public void InvalidateEveryone_ForgetsEverybodyAndStaysOn()
    {
        var cache = Enabled();
        cache.Store("a", _vocabulary, cache.Ticket());

        cache.Invalidate(VocabularyCache.Everyone);

        Assert.False(cache.TryGet("a", out _));
        Assert.True(cache.IsEnabled);
        Assert.True(cache.Store("a", _vocabulary, cache.Ticket()));
    }

    [Fact]
    public void Disable_ForgetsEverythingAndRefusesLoadsUnderWay()
    {
        var cache = Enabled();
        cache.Store("a", _vocabulary, cache.Ticket());
        var ticket = cache.Ticket();

        cache.Disable();

        Assert.False(cache.TryGet("a", out _));
        Assert.False(cache.Store("b", _vocabulary, ticket));

        // Back on after a reconnect: a load that began while it was off is still refused.
        cache.Enable();
        Assert.False(cache.Store("b", _vocabulary, ticket));
    }

    [Fact]
    public void Entry_IsTrustedForMaxAgeOnly()
    {
        var cache = Enabled();
        cache.Store("a", _vocabulary, cache.Ticket());

        _clock.Advance(VocabularyCache.MaxAge - TimeSpan.FromSeconds(1));
        Assert.True(cache.TryGet("a", out _));

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(cache.TryGet("a", out _));
    }

    [Fact]
    public void FullCache_StartsOver()
    {
        var cache = Enabled();
        for (var i = 0; i < VocabularyCache.Capacity; i++)
        {
            cache.Store($"person-{i}", _vocabulary, cache.Ticket());
        }

        Assert.True(cache.TryGet("person-0", out _));
        cache.Store("one-more", _vocabulary, cache.Ticket());

        Assert.True(cache.TryGet("one-more", out _));
        Assert.False(cache.TryGet("person-0", out _));
    }

    private VocabularyCache Enabled()
    {
        var cache = new VocabularyCache(_clock);
        cache.Enable();
        return cache;
    }
}
