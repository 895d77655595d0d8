using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using FibroTrack.Data;
using FibroTrack.Tests.Api;
using FibroTrack.Tests.Import;

namespace FibroTrack.Tests.Security;

/// <summary>
/// One request per operation of the OpenAPI document, aimed at person B: B's ids, dates and codes in the path, and a body
/// the endpoint accepts, so that only authorization can stop it. An operation missing here fails the walk's coverage
/// test; add it here when adding an endpoint.
/// </summary>
internal static class WalkRequests
{
    /// <summary>
    /// Operations anybody may call without a token, and why. Everything else must answer an anonymous caller with 401.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Public = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["POST /api/v1/auth/register"] = "creating an account needs no account",
        ["POST /api/v1/auth/login"] = "signing in needs no token; wrong passwords count toward lockout and the rate limits",
        ["POST /api/v1/auth/refresh"] = "the refresh token in the body is the credential",
        ["GET /api/v1/auth/confirmEmail"] = "the emailed code in the query is the credential",
        ["POST /api/v1/auth/resendConfirmationEmail"] = "answers 200 whether or not the address has an account",
        ["POST /api/v1/auth/forgotPassword"] = "answers 200 whether or not the address has an account",
        ["POST /api/v1/auth/resetPassword"] = "the emailed reset code in the body is the credential",
    };

    /// <summary>
    /// Operations that end the caller's own bearer token (they renew its security stamp), so the walk sends them last:
    /// sent earlier, every later request would be refused as an expired sign-in and prove nothing.
    /// </summary>
    public static readonly IReadOnlySet<string> EndsOwnSignIn = new HashSet<string>(StringComparer.Ordinal)
    {
        // The first call without an authenticator key makes one, which renews the stamp.
        "POST /api/v1/auth/manage/2fa",
    };

    /// <summary>Builds the request of one operation ("METHOD /path/{template}") against <paramref name="b"/>.</summary>
    public static HttpRequestMessage? For(string operation, Victim b) => operation switch
    {
        "POST /api/v1/auth/register" => Json("POST", "/api/v1/auth/register", new { email = $"walker-{Guid.NewGuid():N}@example.test", password = "a long enough password" }),
        "POST /api/v1/auth/login" => Json("POST", "/api/v1/auth/login", new { email = b.Email, password = "not the password" }),
        "POST /api/v1/auth/refresh" => Json("POST", "/api/v1/auth/refresh", new { refreshToken = "CfDJ8-not-a-refresh-token" }),
        "GET /api/v1/auth/confirmEmail" => Get($"/api/v1/auth/confirmEmail?userId={b.UserId}&code=bm90LWEtY29kZQ"),
        "POST /api/v1/auth/resendConfirmationEmail" => Json("POST", "/api/v1/auth/resendConfirmationEmail", new { email = b.Email }),
        "POST /api/v1/auth/forgotPassword" => Json("POST", "/api/v1/auth/forgotPassword", new { email = b.Email }),
        "POST /api/v1/auth/resetPassword" => Json("POST", "/api/v1/auth/resetPassword", new { email = b.Email, resetCode = "bm90LWEtY29kZQ", newPassword = "a new long password" }),
        "POST /api/v1/auth/manage/2fa" => Json("POST", "/api/v1/auth/manage/2fa", new { }),
        "GET /api/v1/auth/manage/info" => Get("/api/v1/auth/manage/info"),
        "POST /api/v1/auth/manage/info" => Json("POST", "/api/v1/auth/manage/info", new { }),

        "GET /api/v1/days/{date}" => Get($"/api/v1/days/{b.Date}"),
        "PUT /api/v1/days/{date}" => Json("PUT", $"/api/v1/days/{b.Date}", new { values = new Dictionary<string, object> { ["symptom.pain"] = 2 }, notes = "the walker's own day" }),
        "GET /api/v1/days" => Get($"/api/v1/days?from={ApiCalls.Date(90)}&to={ApiCalls.Date(0)}"),
        "POST /api/v1/account/delete" => Json("POST", "/api/v1/account/delete", new { password = "not the password" }),
        "GET /api/v1/vocabulary" => Get("/api/v1/vocabulary"),
        "GET /api/v1/red-flags" => Get("/api/v1/red-flags"),
        "GET /api/v1/red-flags/rules" => Get("/api/v1/red-flags/rules"),
        "GET /api/v1/export/fhir" => Get("/api/v1/export/fhir"),
        "GET /api/v1/fhir/CodeSystem/fibrotrack" => Get("/api/v1/fhir/CodeSystem/fibrotrack"),
        "GET /api/v1/weekly" => Get($"/api/v1/weekly?end={b.Date}"),

        "GET /api/v1/regimen" => Get("/api/v1/regimen"),
        "POST /api/v1/regimen" => Json("POST", "/api/v1/regimen", new { builtIn = "magnesium", dose = 300, startDate = ApiCalls.Date(10) }),
        "GET /api/v1/regimen/options" => Get("/api/v1/regimen/options"),
        "GET /api/v1/regimen/{id}" => Get($"/api/v1/regimen/{b.RegimenId}"),
        "DELETE /api/v1/regimen/{id}" => Send("DELETE", $"/api/v1/regimen/{b.RegimenId}"),
        "POST /api/v1/regimen/{id}/doses" => Json("POST", $"/api/v1/regimen/{b.RegimenId}/doses", new { effectiveFrom = ApiCalls.Date(2), dose = 100 }),
        "POST /api/v1/regimen/{id}/stop" => Json("POST", $"/api/v1/regimen/{b.RegimenId}/stop", new { stopDate = ApiCalls.Date(1) }),

        "GET /api/v1/custom-variables" => Get("/api/v1/custom-variables?includeArchived=true"),
        "POST /api/v1/custom-variables" => Json("POST", "/api/v1/custom-variables", new { name = "Walker scale", type = "scale" }),
        "DELETE /api/v1/custom-variables/{code}" => Send("DELETE", $"/api/v1/custom-variables/{b.VariableCode}"),
        "POST /api/v1/custom-variables/{code}/restore" => Send("POST", $"/api/v1/custom-variables/{b.VariableCode}/restore"),

        "GET /api/v1/profile" => Get("/api/v1/profile"),
        "PUT /api/v1/profile" => Json("PUT", "/api/v1/profile", new { sex = "male", onsetNotes = "the walker's own notes" }),
        "GET /api/v1/profile/onset-triggers" => Get("/api/v1/profile/onset-triggers"),

        "GET /api/v1/infections" => Get("/api/v1/infections"),
        "POST /api/v1/infections" => Json("POST", "/api/v1/infections", new { type = "influenza", startDate = ApiCalls.Date(12) }),
        "GET /api/v1/infections/{id}" => Get($"/api/v1/infections/{b.InfectionId}"),
        "PUT /api/v1/infections/{id}" => Json("PUT", $"/api/v1/infections/{b.InfectionId}", new { type = "influenza", startDate = ApiCalls.Date(12), notes = "overwritten" }),
        "DELETE /api/v1/infections/{id}" => Send("DELETE", $"/api/v1/infections/{b.InfectionId}"),

        "GET /api/v1/instruments" => Get("/api/v1/instruments"),
        "GET /api/v1/instruments/status" => Get("/api/v1/instruments/status"),
        "GET /api/v1/instruments/{id}/responses" => Get("/api/v1/instruments/fiqr/responses"),
        "POST /api/v1/instruments/{id}/responses" => Json("POST", "/api/v1/instruments/fiqr/responses", new { date = b.Date, answers = InstrumentForms.Fiqr() }),
        "PUT /api/v1/instruments/{id}/schedule" => Json("PUT", "/api/v1/instruments/fiqr/schedule", new { everyDays = 91 }),
        "GET /api/v1/instrument-responses/{responseId}" => Get($"/api/v1/instrument-responses/{b.ResponseId}"),
        "DELETE /api/v1/instrument-responses/{responseId}" => Send("DELETE", $"/api/v1/instrument-responses/{b.ResponseId}"),

        "GET /api/v1/labs/analytes" => Get("/api/v1/labs/analytes"),
        "GET /api/v1/labs" => Get("/api/v1/labs"),
        "POST /api/v1/labs" => Json("POST", "/api/v1/labs", new { analyte = "1988-5", value = 2.5, unit = "mg/L", specimenDate = b.LabDate }),
        "GET /api/v1/labs/{id}" => Get($"/api/v1/labs/{b.LabId}"),
        "PUT /api/v1/labs/{id}" => Json("PUT", $"/api/v1/labs/{b.LabId}", new { analyte = "1988-5", value = 1.5, unit = "mg/L", specimenDate = b.LabDate }),
        "DELETE /api/v1/labs/{id}" => Send("DELETE", $"/api/v1/labs/{b.LabId}"),

        "GET /api/v1/insights" => Get("/api/v1/insights"),
        "GET /api/v1/insights/flares" => Get("/api/v1/insights/flares"),
        "GET /api/v1/insights/associations" => Get("/api/v1/insights/associations"),
        "GET /api/v1/insights/treatments" => Get("/api/v1/insights/treatments"),
        "GET /api/v1/insights/pacing" => Get("/api/v1/insights/pacing"),
        "GET /api/v1/insights/infections" => Get("/api/v1/insights/infections"),
        "GET /api/v1/insights/associations/days" => Get($"/api/v1/insights/associations/days?outcome=symptom.pain&exposure={b.VariableCode}&lag=1"),

        "GET /api/v1/export/observations.csv" => Get("/api/v1/export/observations.csv"),
        "GET /api/v1/export/daily.csv" => Get("/api/v1/export/daily.csv"),
        "GET /api/v1/export/daily-columns.csv" => Get("/api/v1/export/daily-columns.csv"),
        "GET /api/v1/export/daily.parquet" => Get("/api/v1/export/daily.parquet"),
        "GET /api/v1/export/observations.parquet" => Get("/api/v1/export/observations.parquet"),

        "POST /api/v1/imports/flaredown/preview" => File("/api/v1/imports/flaredown/preview", ImportFiles.Flaredown(ImportFiles.Row("1", ApiCalls.Date(9), "Symptom", "Fatigue", "2"))),
        "POST /api/v1/imports/flaredown/commit" => File("/api/v1/imports/flaredown/commit", ImportFiles.Flaredown(ImportFiles.Row("1", ApiCalls.Date(9), "Symptom", "Fatigue", "2"))),
        "POST /api/v1/imports/csv/preview" => File("/api/v1/imports/csv/preview", $"date,variable,value\n{ApiCalls.Date(8)},symptom.pain,3\n"),
        "POST /api/v1/imports/csv/commit" => File("/api/v1/imports/csv/commit", $"date,variable,value\n{ApiCalls.Date(8)},symptom.pain,3\n"),
        "POST /api/v1/imports/fhir/preview" => File("/api/v1/imports/fhir/preview", """{"resourceType":"Bundle","type":"collection","entry":[]}""", "application/fhir+json"),
        "POST /api/v1/imports/fhir/commit" => File("/api/v1/imports/fhir/commit", """{"resourceType":"Bundle","type":"collection","entry":[]}""", "application/fhir+json"),
        "POST /api/v1/imports/apple-health/preview" => File("/api/v1/imports/apple-health/preview", "<HealthData></HealthData>", "application/xml"),
        "POST /api/v1/imports/apple-health/commit" => File("/api/v1/imports/apple-health/commit", "<HealthData></HealthData>", "application/xml"),

        "GET /api/v1/reports/clinician.pdf" => Get($"/api/v1/reports/clinician.pdf?from={ApiCalls.Date(90)}&to={ApiCalls.Date(0)}"),

        // The caller's own grants and log; revoking aims at B's active grant. The new grant ends 100 days from now
        // (real time), inside the allowed year however far the walk's server clock has moved ahead.
        "GET /api/v1/sharing/grants" => Get("/api/v1/sharing/grants"),
        "POST /api/v1/sharing/grants" => Json("POST", "/api/v1/sharing/grants", new { scope = "readAll", expiresOn = ApiCalls.Date(-100) }),
        "POST /api/v1/sharing/grants/{id}/revoke" => Send("POST", $"/api/v1/sharing/grants/{b.ActiveGrantId}/revoke"),
        "GET /api/v1/sharing/audit" => Get("/api/v1/sharing/audit"),

        // A clinician's view of B, and taking over B's invitation or B's already used code.
        "GET /api/v1/clinician/people" => Get("/api/v1/clinician/people"),
        "GET /api/v1/clinician/invites" => Get("/api/v1/clinician/invites"),
        "POST /api/v1/clinician/invites/{id}/accept" => Send("POST", $"/api/v1/clinician/invites/{b.InviteId}/accept"),
        "POST /api/v1/clinician/grants/accept" => Json("POST", "/api/v1/clinician/grants/accept", new { code = b.UsedCode }),
        "GET /api/v1/clinician/people/{personId}/report.pdf" => Get($"/api/v1/clinician/people/{b.UserId}/report.pdf?from={ApiCalls.Date(90)}&to={ApiCalls.Date(0)}"),
        "GET /api/v1/clinician/people/{personId}/insights" => Get($"/api/v1/clinician/people/{b.UserId}/insights"),
        "GET /api/v1/clinician/people/{personId}/weekly" => Get($"/api/v1/clinician/people/{b.UserId}/weekly?end={b.Date}"),

        // The caller's own consent (withdrawing is what would hurt B); the cohort shows groups of 10 or more only.
        "GET /api/v1/research/consent" => Get("/api/v1/research/consent"),
        "PUT /api/v1/research/consent" => Json("PUT", "/api/v1/research/consent", new { consented = false }),
        "GET /api/v1/research/cohort" => Get("/api/v1/research/cohort"),

        // Administrators only: every walk actor must be refused, whatever the target.
        "GET /api/v1/admin/research/export.parquet" => Get("/api/v1/admin/research/export.parquet"),
        "GET /api/v1/admin/users" => Get("/api/v1/admin/users"),
        "PUT /api/v1/admin/users/{id}/roles/{role}" => Send("PUT", $"/api/v1/admin/users/{b.UserId}/roles/{Roles.Clinician}"),
        "DELETE /api/v1/admin/users/{id}/roles/{role}" => Send("DELETE", $"/api/v1/admin/users/{b.UserId}/roles/{Roles.Researcher}"),
        _ => null,
    };

    private static HttpRequestMessage Get(string path) => Send("GET", path);

    private static HttpRequestMessage Send(string method, string path) => new(new HttpMethod(method), path);

    private static HttpRequestMessage Json(string method, string path, object body) =>
        new(new HttpMethod(method), path) { Content = JsonContent.Create(body) };

    private static HttpRequestMessage File(string path, string text, string mediaType = "text/csv") =>
        new(HttpMethod.Post, path) { Content = new StringContent(text, Encoding.UTF8, new MediaTypeHeaderValue(mediaType)) };
}
