using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Vigil.Screening.Access;
using Vigil.Screening.Audit;
using Vigil.Screening.People;
using Vigil.Server.Tests.Support;
using Vigil.Testing;

namespace Vigil.Server.Tests.Pages;

/// <summary>People signing in to the workbench over real HTTP, as a browser does: a cookie container, the
/// antiforgery token read from the form, no redirect followed by itself.</summary>
/// <remarks>Each test starts its own server on a new SQLite database; the people are invented.</remarks>
public sealed partial class SignInPageTests : IAsyncLifetime
{
    private const string Password = "correct horse battery";

    private readonly TempDirectory _directory = new("vigil-pages-");
    private readonly CookieContainer _cookies = new();
    private RunningServer? _server;
    private HttpClient? _browser;

    private RunningServer Server => _server ?? throw new InvalidOperationException("Not initialized.");

    private HttpClient Browser => _browser ?? throw new InvalidOperationException("Not initialized.");

    private Users People => new(Server.Stores.Users, Server.Stores.Audit, TimeProvider.System);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _server = await RunningServer.StartAsync(_directory.Combine("vigil.db"), options => options with { RateLimitPerSecond = 0 }, Ct);
        _browser = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = new Uri(Server.Server.Urls[0]),
        };
        await People.CreateAsync("ana.lyst", AccessRole.Analyst, Password, "cli:test", Ct);
    }

    public async ValueTask DisposeAsync()
    {
        _browser?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    [Fact]
    public async Task Sign_in_page_is_plain_accessible_html_with_labelled_fields_and_an_antiforgery_token()
    {
        HttpResponseMessage response = await Browser.GetAsync("/signin", Ct);
        string html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Sign in · Vigil</title>", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"name\">Name</label>", html, StringComparison.Ordinal);
        Assert.Contains("<input id=\"name\" name=\"name\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"password\">Password</label>", html, StringComparison.Ordinal);
        Assert.Contains("<input id=\"password\" name=\"password\" type=\"password\"", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\">Sign in</button>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", html.Replace("http-equiv", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.NotEmpty(Token(html));
        Assert.StartsWith("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        string antiforgery = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("vigil_antiforgery=", StringComparison.Ordinal));
        Assert.Contains("httponly", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Signing_in_opens_the_queue_of_open_review_items_and_both_are_audited()
    {
        HttpResponseMessage checkResponse = await Server.PostCheckAsync(Server.Keys.Carrier.Key, CheckBodies.Check(CheckBodies.NoBoardEntry()));
        Assert.Equal(HttpStatusCode.OK, checkResponse.StatusCode);

        HttpResponseMessage signedIn = await SignInAsync("ana.lyst", Password);

        Assert.Equal(HttpStatusCode.SeeOther, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        string session = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("vigil_session=", StringComparison.Ordinal));
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", session, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", session.Replace("samesite", string.Empty, StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);

        HttpResponseMessage queue = await Browser.GetAsync("/", Ct);
        string html = await queue.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        Assert.Contains("<h1>Open review items</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Signed in as ana.lyst (analyst)", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\">Sign out</button>", html, StringComparison.Ordinal);
        Assert.Contains("<caption>1 open item, custody anomalies first, then by departure time</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Traveler</th><th scope=\"col\">Flight</th><th scope=\"col\">Decision</th><th scope=\"col\">Best score</th><th scope=\"col\">Created</th>", html, StringComparison.Ordinal);
        Assert.Matches(@"<tr><th scope=""row"">Jamshid Rakhimovich Tolibjonov</th><td>VG 19 \d{4}-\d\d-\d\d \d\d:\d\d</td><td>contact</td><td class=""number"">\d\.\d\d</td><td>\d{4}-\d\d-\d\d \d\d:\d\d UTC</td></tr>", html);
        Assert.Equal("no-store", queue.Headers.CacheControl?.ToString());

        IReadOnlyList<AuditRecord> audit = await Server.Stores.Audit.ReadAsync(new AuditQuery(Actor: "user:ana.lyst"), Ct);
        Assert.Equal(["user.signin", "review.list"], audit.Select(r => r.Entry.Action));
        Assert.StartsWith("review:", audit[1].Entry.Records, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_name_reshow_the_form_with_the_same_generic_message_and_no_session()
    {
        HttpResponseMessage wrong = await SignInAsync("ana.lyst", "not the password at all");
        string wrongHtml = await wrong.Content.ReadAsStringAsync(Ct);
        HttpResponseMessage unknown = await SignInAsync("nobody.here", Password);
        string unknownHtml = await unknown.Content.ReadAsStringAsync(Ct);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (wrong.StatusCode, unknown.StatusCode));
        Assert.Contains("role=\"alert\">The name or the password is wrong.</p>", wrongHtml, StringComparison.Ordinal);
        Assert.Equal(Message(wrongHtml), Message(unknownHtml));
        Assert.Contains("value=\"ana.lyst\"", wrongHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("not the password", wrongHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(_cookies.GetAllCookies(), c => c.Name == "vigil_session");
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.GetAsync("/", Ct)).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_right_password_is_then_refused()
    {
        string[] messages = new string[5];
        for (int i = 0; i < messages.Length; i++)
        {
            messages[i] = Message(await (await SignInAsync("ana.lyst", $"wrong password {i}")).Content.ReadAsStringAsync(Ct));
        }

        HttpResponseMessage right = await SignInAsync("ana.lyst", Password);

        Assert.Equal(Enumerable.Repeat("The name or the password is wrong.", 4), messages[..4]);
        Assert.StartsWith("Too many wrong passwords: sign-in is locked until ", messages[4], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.StartsWith("Too many wrong passwords", Message(await right.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.DoesNotContain(_cookies.GetAllCookies(), c => c.Name == "vigil_session");
        Assert.Single(await Server.Stores.Audit.ReadAsync(new AuditQuery(Actor: "user:ana.lyst"), Ct), r => r.Entry.Action == "user.lockout");
    }

    [Fact]
    public async Task A_disabled_user_is_refused_and_an_open_session_ends_when_the_user_is_disabled()
    {
        await People.CreateAsync("sue.pervisor", AccessRole.Supervisor, Password, "cli:test", Ct);
        Assert.Equal(HttpStatusCode.SeeOther, (await SignInAsync("sue.pervisor", Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Browser.GetAsync("/", Ct)).StatusCode);

        await People.DisableAsync("sue.pervisor", "cli:test", Ct);

        HttpResponseMessage after = await Browser.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/signin", after.Headers.Location?.PathAndQuery ?? after.Headers.Location?.OriginalString, StringComparison.Ordinal);
        HttpResponseMessage again = await SignInAsync("sue.pervisor", Password);
        Assert.Equal("The name or the password is wrong.", Message(await again.Content.ReadAsStringAsync(Ct)));
        Assert.DoesNotContain(_cookies.GetAllCookies(), c => c.Name == "vigil_session" && !c.Expired && c.Value.Length > 0);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_is_audited()
    {
        await SignInAsync("ana.lyst", Password);
        string queue = await Browser.GetStringAsync("/", Ct);

        HttpResponseMessage signedOut = await PostFormAsync("/signout", Token(queue), []);

        Assert.Equal(HttpStatusCode.SeeOther, signedOut.StatusCode);
        Assert.Equal("/signin", signedOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.GetAsync("/", Ct)).StatusCode);
        Assert.Contains(await Server.Stores.Audit.ReadAsync(new AuditQuery(Actor: "user:ana.lyst"), Ct), r => r.Entry.Action == "user.signout");
    }

    [Fact]
    public async Task Forms_without_a_valid_antiforgery_token_are_refused()
    {
        HttpResponseMessage noToken = await PostFormAsync("/signin", null, [new("name", "ana.lyst"), new("password", Password)]);
        HttpResponseMessage forged = await PostFormAsync("/signin", "forged", [new("name", "ana.lyst"), new("password", Password)]);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (noToken.StatusCode, forged.StatusCode));
        Assert.DoesNotContain(_cookies.GetAllCookies(), c => c.Name == "vigil_session");

        await SignInAsync("ana.lyst", Password);
        HttpResponseMessage signOut = await PostFormAsync("/signout", "forged", []);
        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Browser.GetAsync("/", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("carrier")]
    [InlineData("analyst")]
    [InlineData("admin")]
    [InlineData("none")]
    public async Task An_api_key_never_opens_the_workbench(string key)
    {
        string? bearer = key switch
        {
            "carrier" => Server.Keys.Carrier.Key,
            "analyst" => Server.Keys.Analyst.Key,
            "admin" => Server.Keys.Admin.Key,
            _ => null,
        };

        using HttpRequestMessage request = new(HttpMethod.Get, "/");
        if (bearer is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {bearer}");
        }

        HttpResponseMessage response = await Browser.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin", response.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await Server.GetAsync("/signin", bearer)).StatusCode);
        Assert.DoesNotContain("Open review items", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_person_does_not_open_the_api_with_the_session_cookie()
    {
        await SignInAsync("ana.lyst", Password);

        HttpResponseMessage reviews = await Browser.GetAsync("/api/v1/reviews", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, reviews.StatusCode);
    }

    private async Task<HttpResponseMessage> SignInAsync(string name, string password)
    {
        string form = await Browser.GetStringAsync("/signin", Ct);
        return await PostFormAsync("/signin", Token(form), [new("name", name), new("password", password)]);
    }

    private Task<HttpResponseMessage> PostFormAsync(string path, string? token, KeyValuePair<string, string>[] fields)
    {
        KeyValuePair<string, string>[] all = token is null ? fields : [new("__RequestVerificationToken", token), .. fields];
        return Browser.PostAsync(path, new FormUrlEncodedContent(all), Ct);
    }

    private static string Token(string html) =>
        TokenPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("No antiforgery token in the page.");

    private static string Message(string html) =>
        MessagePattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : string.Empty;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("role=\"alert\">([^<]*)</p>")]
    private static partial Regex MessagePattern();
}
