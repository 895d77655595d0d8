using FibroTrack.Data;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Research;

/// <summary>
/// One server with an administrator, a researcher, 20 consenting people and 3 people who did not opt in, all with
/// scores, CRP results and pain around them. Tests only read it.
/// </summary>
public sealed class ResearchCohortFixture : IAsyncLifetime
{
    public const string Collection = "Research cohort";

    public const int Consenting = 20;
    public const string Secret = "SECRET-FREE-TEXT";

    public FibroTrackFactory Factory { get; } = new();

    internal ResearchPerson Administrator { get; private set; } = null!;

    internal ResearchPerson Researcher { get; private set; } = null!;

    internal List<ResearchPerson> People { get; } = [];

    internal List<ResearchPerson> NotConsenting { get; } = [];

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The specimen dates of each person's three CRP results.</summary>
    public static DateOnly[] LabDates => [Today.AddDays(-60), Today.AddDays(-40), Today.AddDays(-20)];

    public async ValueTask InitializeAsync()
    {
        // The first account on a server is its administrator.
        Administrator = await ResearchPeople.SignUpAsync(Factory, "admin@example.test");
        Researcher = await ResearchPeople.WithRoleAsync(Factory, "researcher@example.test", Roles.Researcher);
        for (var i = 0; i < Consenting; i++)
        {
            var person = await ResearchPeople.SignUpAsync(Factory, $"person{i}@example.test");
            await ResearchPeople.SetConsentAsync(person, true);
            await ResearchPeople.AsPersonAsync(Factory, person.Id, db => Seed(db, i));
            People.Add(person);
        }

        for (var i = 0; i < 3; i++)
        {
            var person = await ResearchPeople.SignUpAsync(Factory, $"private{i}@example.test");
            await ResearchPeople.AsPersonAsync(Factory, person.Id, db => Seed(db, i));
            NotConsenting.Add(person);
        }
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>
    /// People 0–9 began after COVID-19 and have FIQR 30–34.5 (bin 20–40); 10–16 began after stress with FIQR 50–56
    /// (bin 40–60, 7 people: suppressed); 17–19 after stress with FIQR 67–69. People 0–14 have an ACR 2016 response.
    /// Pain follows log CRP within a person with slope 1 and the person's usual level with slope 0.5.
    /// </summary>
    private static void Seed(FibroTrackDbContext db, int i)
    {
        db.SetProfile(new DateOnly(1970 + i, 3, 15), i < 10 ? "covid-19" : "emotional-stress", new DateOnly(2015, 6, 1), onsetNotes: Secret);
        db.AddFiqr(Today.AddDays(-10), i < 10 ? 30 + (i * 0.5) : i < 17 ? 40 + i : 50 + i);
        if (i < 15)
        {
            db.AddAcr(Today.AddDays(-10), 10, 7);
        }

        double[] multipliers = [0.7, 1.0, 1.4];
        var level = 1 + (0.2 * i);
        var meanLog = multipliers.Average(m => Math.Log(m * level));
        for (var visit = 0; visit < LabDates.Length; visit++)
        {
            var crp = multipliers[visit] * level;
            db.AddCrp(LabDates[visit], crp, notes: Secret);
            var pain = 3 + (Math.Log(crp) - meanLog) + (0.5 * meanLog);
            for (var day = 0; day < 7; day++)
            {
                // A small deterministic wiggle keeps the residual variance above zero.
                db.AddPainDay(LabDates[visit].AddDays(-day), pain + (((day + i) % 3) - 1) * 0.1, day == 0 ? Secret : null);
            }
        }

        if (i == 0)
        {
            db.AddCrp(Today.AddDays(-5), 40);
        }
    }
}

/// <summary>The cohort API and export tests share one seeded server.</summary>
[CollectionDefinition(ResearchCohortFixture.Collection)]
public sealed class ResearchCohortGroup : ICollectionFixture<ResearchCohortFixture>;
