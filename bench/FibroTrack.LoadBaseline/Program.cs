using FibroTrack.Data;
using FibroTrack.Data.Postgres;
using FibroTrack.Data.Sqlite;
using FibroTrack.LoadBaseline;

// The bare endpoint that `bench/load/run` compares PUT /api/v1/days/{date} with: the same request body over
// the same loopback, and the same database write through the same DbContext, provider options and owner
// stamping (and the app's write gate), but no authentication, no JSON binding, no validation and no response body.
// Settings, named as the app's: --Database:Provider Sqlite|PostgreSQL, --Database:Path (SQLite) or
// --Database:ConnectionString, and --Baseline:TemplateEmail.
// appsettings.json (log levels: EF's command log off, as in the app) sits beside the dll, wherever it is started from.
var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
var provider = builder.Configuration["Database:Provider"] ?? "Sqlite";
var isPostgres = provider.StartsWith("Postgre", StringComparison.OrdinalIgnoreCase);
var connectionString = builder.Configuration["Database:ConnectionString"]
    ?? (builder.Configuration["Database:Path"] is { } path && !isPostgres ? SqliteStorage.ConnectionStringFor(path) : null)
    ?? throw new InvalidOperationException("Set --Database:Path or --Database:ConnectionString to the database the app was benchmarked on.");
var templateEmail = builder.Configuration["Baseline:TemplateEmail"]
    ?? throw new InvalidOperationException("Set --Baseline:TemplateEmail to an account that has saved the benchmark day.");

builder.Services.AddScoped<OwnerScope>();
builder.Services.AddSingleton(isPostgres ? WriteGate.Open() : WriteGate.SingleWriter());
builder.Services.AddDbContext<FibroTrackDbContext>(db =>
    _ = isPostgres ? db.UseFibroTrackPostgres(PostgresStorage.WithDefaults(connectionString)) : db.UseFibroTrackSqlite(connectionString));

var app = builder.Build();
if (!isPostgres)
{
    // The app's background checkpoint, so that the log is copied into the database file the same way in both.
    var checkpointer = new WalCheckpointer(connectionString, app.Services.GetRequiredService<WriteGate>(), app.Services.GetRequiredService<ILogger<WalCheckpointer>>());
    _ = checkpointer.RunAsync(app.Lifetime.ApplicationStopping);
}

var template = await DayTemplate.LoadAsync(app.Services, templateEmail);
app.Logger.LogInformation("{Provider}: {Accounts} accounts, template day of {Rows} observation rows", provider, template.AccountIds.Count, template.Rows.Count);

app.MapPut("/days/{date}", (string date, HttpRequest request, OwnerScope owner, WriteGate writes, FibroTrackDbContext db, CancellationToken ct) =>
    BareDayWrite.HandleAsync(date, request, template, owner, writes, db, ct));
await app.RunAsync();
