using System.Security.Cryptography;
using System.Text;
using FibroTrack.Core.Diary;
using FibroTrack.Core.Validation;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Features.CustomVariables;
using FibroTrack.Features.Regimen;
using FibroTrack.Features.Vocabulary;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Features.Import;

/// <summary>A file read and validated: its plan, and everything needed to commit it.</summary>
public sealed class PreparedImport
{
    internal PreparedImport(ImportPlan plan, IReadOnlyList<PreparedPerson> people)
    {
        Plan = plan;
        People = people;
    }

    public ImportPlan Plan { get; }

    internal IReadOnlyList<PreparedPerson> People { get; }
}

/// <summary>The state of the account changed between preview and commit in a way the plan cannot be written over.</summary>
public sealed class ImportConflictException(IReadOnlyList<ValidationError> errors)
    : Exception("The import no longer fits the account: " + string.Join(" ", errors.Take(3).Select(e => $"{e.Field}: {e.Message}")))
{
    public IReadOnlyList<ValidationError> Errors { get; } = errors;
}

/// <summary>
/// Imports into the diary, always in two steps: <c>Prepare…</c> reads the whole file (streaming, once) and validates
/// everything into a plan; <see cref="CommitAsync"/> writes a valid plan in one transaction, all or nothing.
/// Single-person imports write to the current <see cref="OwnerScope"/>; the administrator's all-users Flaredown
/// import acts as each account in turn inside the same transaction.
/// </summary>
public sealed class ImportService(
    FibroTrackDbContext db,
    OwnerScope owner,
    VocabularyService vocabularies,
    CustomVariableService customVariables,
    RegimenService regimen,
    UserManager<AppUser> users,
    IPasswordHasher<AppUser> passwords,
    ImportOptions options,
    TimeProvider clock)
{
    /// <summary>Reads a Flaredown export for the current person: one user_id of it (or the file's only one).</summary>
    public async Task<PreparedImport> PrepareFlaredownAsync(Stream file, string? userId, IProgress<long>? progress, CancellationToken ct)
    {
        var parsed = await FlaredownReader.ReadAsync(file, FlaredownSelection.One(userId), options, progress, ct);
        var people = new List<PreparedPerson>();
        foreach (var person in parsed.People)
        {
            people.Add(await PlanForCurrentAsync(parsed, person, FlaredownSelectionKey(person.SourceUser!), "checkin_date", ct));
        }

        return Assemble(parsed, people);
    }

    /// <summary>
    /// Reads a Flaredown export for an administrator: every user_id into an account of its own
    /// (<see cref="FlaredownAccounts.EmailFor"/>), existing or created at commit. The caller checks the role.
    /// </summary>
    public async Task<PreparedImport> PrepareFlaredownForAllAsync(Stream file, IProgress<long>? progress, CancellationToken ct)
    {
        var parsed = await FlaredownReader.ReadAsync(file, FlaredownSelection.All, options, progress, ct);
        var people = new List<PreparedPerson>();
        foreach (var person in parsed.People)
        {
            var email = FlaredownAccounts.EmailFor(person.SourceUser!);
            var selection = FlaredownSelectionKey(person.SourceUser!);
            var account = await users.FindByEmailAsync(email);
            ExistingState state;
            if (account is null)
            {
                state = ExistingState.NewAccount(email);
            }
            else
            {
                owner.ActAs(account.Id);
                vocabularies.Invalidate();
                state = await ExistingAsync(account.Id, email, parsed, person, selection, ct);
            }

            people.Add(ImportPlanner.Plan(person, state, "Flaredown", selection, "checkin_date", clock, parsed.Errors));
            person.Days.Clear();
        }

        return Assemble(parsed, people);
    }

    /// <summary>Reads a long CSV for the current person, with an optional JSON mapping file (<see cref="CsvMapping"/>).</summary>
    public async Task<PreparedImport> PrepareCsvAsync(Stream file, ReadOnlyMemory<byte>? mappingJson, IProgress<long>? progress, CancellationToken ct)
    {
        var mappingErrors = new ImportErrors(options.MaxErrors);
        var mapping = mappingJson is { } json ? CsvMapping.Parse(json.Span, mappingErrors) : CsvMapping.Empty;
        if (mapping is null || mappingErrors.Count > 0)
        {
            return new PreparedImport(
                new ImportPlan(CsvLongReader.Source, string.Empty, 0, 0, [], [], mappingErrors.Listed, mappingErrors.Count, [], 0), []);
        }

        var parsed = await CsvLongReader.ReadAsync(file, mapping, options, progress, ct);
        var people = new List<PreparedPerson>();
        foreach (var person in parsed.People)
        {
            people.Add(await PlanForCurrentAsync(parsed, person, mapping.Digest, "date", ct));
        }

        return Assemble(parsed, people);
    }

    /// <summary>
    /// Reads an Apple Health export (<c>export.xml</c>, or the Health app's zip, which needs a seekable stream) for the
    /// current person: daily aggregates become diary values (<see cref="AppleHealthMapping"/>).
    /// </summary>
    public async Task<PreparedImport> PrepareAppleHealthAsync(Stream file, IProgress<long>? progress, CancellationToken ct)
    {
        var parsed = await AppleHealthMapping.ReadAsync(file, options, progress, ct);
        var people = new List<PreparedPerson>();
        foreach (var person in parsed.People)
        {
            people.Add(await PlanForCurrentAsync(parsed, person, string.Empty, "date", ct));
        }

        return Assemble(parsed, people);
    }

    /// <summary>
    /// Writes a valid plan in one transaction. A person's part already imported (same file, source and selection)
    /// is skipped; days upsert by date and variable code, so overlapping files never duplicate.
    /// </summary>
    /// <exception cref="InvalidOperationException">The plan has errors.</exception>
    /// <exception cref="ImportConflictException">The account changed since the preview so that a merged day no longer validates.</exception>
    public async Task<ImportOutcome> CommitAsync(PreparedImport prepared, IProgress<long>? progress, CancellationToken ct)
    {
        if (!prepared.Plan.IsValid)
        {
            throw new InvalidOperationException("An import with errors cannot be committed.");
        }

        // Password hashing is deliberately slow (PBKDF2): do it for all new accounts at once, on every core, before the transaction.
        var newAccounts = prepared.People.Where(p => p.OwnerId is null).Select(p => p.Plan.Email!).ToList();
        var secrets = new System.Collections.Concurrent.ConcurrentDictionary<string, (string Password, string Hash)>(StringComparer.Ordinal);
        Parallel.ForEach(newAccounts, email =>
        {
            var password = FlaredownAccounts.RandomPassword();
            secrets[email] = (password, passwords.HashPassword(new AppUser { UserName = email, Email = email }, password));
        });

        var created = new List<CreatedAccount>();
        var wrote = false;
        var now = clock.GetUtcNow().UtcDateTime;
        var written = 0L;
        var total = new Progress(progress);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var person in prepared.People)
        {
            var ownerId = person.OwnerId;
            if (ownerId is null)
            {
                var (password, hash) = secrets[person.Plan.Email!];
                var account = await CreateAccountAsync(person.Plan.Email!, hash);
                created.Add(new CreatedAccount(person.Plan.SourceUser!, person.Plan.Email!, password));
                ownerId = account.Id;
            }

            if (!string.Equals(owner.OwnerId, ownerId, StringComparison.Ordinal))
            {
                owner.ActAs(ownerId);
            }

            db.ChangeTracker.Clear();
            vocabularies.Invalidate();
            if (await db.Imports.AnyAsync(i => i.Source == prepared.Plan.Source && i.Selection == person.Selection && i.Sha256 == prepared.Plan.Sha256, ct))
            {
                continue;
            }

            written += await WritePersonAsync(prepared.Plan, person, now, total.From(written), ct);
            wrote = true;
        }

        await transaction.CommitAsync(ct);
        return new ImportOutcome(wrote || created.Count > 0 ? "committed" : "already-imported", prepared.Plan, created);
    }

    private async Task<long> WritePersonAsync(ImportPlan plan, PreparedPerson person, DateTime now, IProgress<long>? progress, CancellationToken ct)
    {
        foreach (var input in person.NewVariables)
        {
            var result = await customVariables.CreateAsync(input, ct);
            if (!result.IsValid)
            {
                throw new ImportConflictException([.. result.Errors.Select(e => e with { Field = $"variables[{input.Name}].{e.Field}" })]);
            }
        }

        foreach (var item in person.NewRegimen)
        {
            var result = await regimen.CreateAsync(item.Input, ct);
            if (!result.IsValid)
            {
                throw new ImportConflictException([.. result.Errors.Select(e => e with { Field = $"regimen[{item.Input.Name}].{e.Field}" })]);
            }

            foreach (var change in item.Changes)
            {
                if (await regimen.ChangeDoseAsync(result.Value!.Id, change, ct) is { IsValid: false } refused)
                {
                    throw new ImportConflictException([.. refused.Errors.Select(e => e with { Field = $"regimen[{item.Input.Name}].{e.Field}" })]);
                }
            }
        }

        var (count, dayCount) = await WriteDaysAsync(person.Days, now, progress, ct);
        db.Imports.Add(new ImportRecord
        {
            Source = plan.Source,
            Selection = person.Selection,
            Sha256 = plan.Sha256,
            Bytes = plan.Bytes,
            Rows = person.Plan.Rows,
            Days = dayCount,
            Observations = count,
            ImportedAt = now,
        });
        await db.SaveChangesAsync(ct);
        return count;
    }

    /// <summary>
    /// Upserts validated days (in date order) for the current owner inside the caller's transaction: new dates are
    /// inserted, dates the person already has are merged (<see cref="MergeAsync"/>). Other importers (FHIR) share it.
    /// </summary>
    internal async Task<(long Observations, int Days)> WriteDaysAsync(IReadOnlyList<DiaryDay> days, DateTime now, IProgress<long>? progress, CancellationToken ct)
    {
        var existing = new Dictionary<DateOnly, long>();
        if (days.Count > 0)
        {
            var (from, to) = (days[0].Date, days[^1].Date);
            existing = await db.DiaryEntries.AsNoTracking().Where(e => e.Date >= from && e.Date <= to)
                .ToDictionaryAsync(e => e.Date, e => e.Id, ct);
            var imported = days.Select(d => d.Date).ToHashSet();
            existing = existing.Where(p => imported.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value);
            if (existing.Count > 0)
            {
                days = await MergeAsync(days, existing, from, to, ct);
            }
        }

        return (await ImportWriter.WriteAsync(db, owner.RequireOwner(), days, existing, now, progress, ct), days.Count);
    }

    /// <summary>
    /// Imported days over days the person already has: the imported variables replace the same codes, tags are
    /// added, everything else (other values, body map, activities, notes) stays. Each merged day is validated again.
    /// </summary>
    private async Task<List<DiaryDay>> MergeAsync(IReadOnlyList<DiaryDay> days, Dictionary<DateOnly, long> existing, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var stored = (await db.Observations.AsNoTracking()
                .Where(o => o.DiaryEntryId != null && o.Date >= from && o.Date <= to)
                .OrderBy(o => o.Id)
                .Select(o => new Observation(o.Date, o.Code, o.Value, o.Text, o.Ordinal))
                .ToListAsync(ct))
            .Where(o => existing.ContainsKey(o.Date))
            .ToLookup(o => o.Date);
        var vocabulary = (await vocabularies.GetAsync(ct)).Variables;
        var validator = new DiaryValidator(vocabulary, clock);
        var merged = new List<DiaryDay>(days.Count);
        var errors = new List<ValidationError>();
        foreach (var day in days)
        {
            if (!existing.ContainsKey(day.Date))
            {
                merged.Add(day);
                continue;
            }

            var old = DiaryDay.FromObservations(day.Date, stored[day.Date]);
            var values = new Dictionary<string, RecordedValue>(old.Values, StringComparer.Ordinal);
            foreach (var (code, value) in day.Values)
            {
                values[code] = value;
            }

            var tags = old.Tags.ToList();
            tags.AddRange(day.Tags.Where(t => !tags.Contains(t, StringComparer.OrdinalIgnoreCase)));
            var result = validator.Validate((old with { Values = values, Tags = tags }).ToInput(vocabulary));
            if (result.IsValid)
            {
                merged.Add(result.Value!);
            }
            else
            {
                errors.AddRange(result.Errors.Select(e => e with { Field = $"days[{day.Date:yyyy-MM-dd}].{e.Field}" }));
            }
        }

        return errors.Count > 0 ? throw new ImportConflictException(errors) : merged;
    }

    private async Task<PreparedPerson> PlanForCurrentAsync(ParsedFile parsed, PersonData person, string selection, string dateColumn, CancellationToken ct)
    {
        var ownerId = owner.RequireOwner();
        var email = (await users.FindByIdAsync(ownerId))?.Email;
        var state = await ExistingAsync(ownerId, email, parsed, person, selection, ct);
        var planned = ImportPlanner.Plan(person, state, parsed.Source switch { FlaredownReader.Source => "Flaredown", AppleHealthMapping.Source => "Apple Health", _ => "CSV" }, selection, dateColumn, clock, parsed.Errors);
        person.Days.Clear();
        return planned;
    }

    /// <summary>The current owner's variables, regimen, diary dates in the file's range, and whether this import was done before.</summary>
    private async Task<ExistingState> ExistingAsync(string ownerId, string? email, ParsedFile parsed, PersonData person, string selection, CancellationToken ct)
    {
        var vocabulary = await vocabularies.GetAsync(ct);
        var dates = new HashSet<DateOnly>();
        if (person.Days.Count > 0)
        {
            var (from, to) = (person.Days.Keys.Min(), person.Days.Keys.Max());
            dates = [.. await db.DiaryEntries.AsNoTracking().Where(e => e.Date >= from && e.Date <= to).Select(e => e.Date).ToListAsync(ct)];
        }

        var done = await db.Imports.AnyAsync(i => i.Source == parsed.Source && i.Selection == selection && i.Sha256 == parsed.Sha256, ct);
        return new ExistingState(ownerId, email, vocabulary.Custom, vocabulary.Regimen, dates, done);
    }

    /// <summary>An account with a password hashed beforehand (<see cref="FlaredownAccounts.RandomPassword"/> always meets the rules).</summary>
    private async Task<AppUser> CreateAccountAsync(string email, string passwordHash)
    {
        var account = new AppUser { UserName = email, Email = email, PasswordHash = passwordHash };
        var result = await users.CreateAsync(account);
        if (!result.Succeeded)
        {
            throw new ImportConflictException([.. result.Errors.Select(e => new ValidationError($"accounts[{email}]", e.Description))]);
        }

        return account;
    }

    private static ImportPlan ToPlan(ParsedFile parsed, IReadOnlyList<PreparedPerson> people) => new(
        parsed.Source, parsed.Sha256, parsed.Bytes, parsed.Rows,
        [.. people.Select(p => p.Plan)], parsed.Skipped.ToList(), parsed.Errors.Listed, parsed.Errors.Count,
        parsed.SourceUsers, parsed.SourceUserCount);

    private static PreparedImport Assemble(ParsedFile parsed, List<PreparedPerson> people) =>
        // A plan with errors is never committed: drop its days rather than hold them.
        parsed.Errors.Count > 0
            ? new PreparedImport(ToPlan(parsed, people), [])
            : new PreparedImport(ToPlan(parsed, people), people);

    /// <summary>The user_id itself where it fits the record, else a digest of it.</summary>
    private static string FlaredownSelectionKey(string userId) =>
        userId.Length <= 100 ? userId : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(userId)))[..40];

    /// <summary>Progress of the whole commit from that of one person's part.</summary>
    private sealed class Progress(IProgress<long>? total)
    {
        public IProgress<long>? From(long before) => total is null ? null : new Offset(total, before);

        private sealed class Offset(IProgress<long> total, long before) : IProgress<long>
        {
            public void Report(long value) => total.Report(before + value);
        }
    }
}

/// <summary>Accounts of the administrator's all-users Flaredown import.</summary>
public static class FlaredownAccounts
{
    /// <summary>
    /// The account of a Flaredown user_id: derived from a digest of the id, so a re-run finds the same account and the
    /// id (base64, case-sensitive) never has to fit an email address. <c>.invalid</c> is reserved (RFC 2606): no mail leaves.
    /// </summary>
    public static string EmailFor(string userId) =>
        $"flaredown-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(userId)))[..16]}@import.invalid";

    public static string RandomPassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('/', '-').Replace('+', '_');
}
