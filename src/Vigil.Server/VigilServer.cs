using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vigil.Screening.Access;
using Vigil.Screening.Audit;
using Vigil.Screening.Checks;
using Vigil.Screening.Lists;
using Vigil.Screening.Messages;
using Vigil.Screening.People;
using Vigil.Screening.Screen;
using Vigil.Server.Endpoints;
using Vigil.Server.Hosting;
using Vigil.Server.Pages;
using Vigil.Server.Security;
using Vigil.Storage;

namespace Vigil.Server;

/// <summary>Vigil's HTTP server: the carrier API (checks, manifests, decisions) and the analysts' API (reviews,
/// subjects, lists) over the application layer, with API keys, roles, rate limits, the audit chain, health and
/// OpenAPI; and the pages of people signed in with a name and password. A thin composition root: every use case is
/// in Vigil.Screening.</summary>
public sealed class VigilServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly VigilStoreSet _stores;
    private readonly LiveScreening _screening;
    private bool _disposed;

    private VigilServer(WebApplication app, VigilStoreSet stores, LiveScreening screening)
    {
        _app = app;
        _stores = stores;
        _screening = screening;
    }

    /// <summary>The addresses the server listens on (a port 0 given in the options is the port chosen).</summary>
    public IReadOnlyList<string> Urls =>
        [.. _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];

    /// <summary>The database, for messages.</summary>
    public string Database => _stores.Description;

    /// <summary>The subjects indexed when the server became ready.</summary>
    public int Subjects => _screening.Subjects;

    /// <summary>Opens the database, indexes the lists and starts listening; returns once requests are answered.</summary>
    public static async Task<VigilServer> StartAsync(ServerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        VigilStoreSet stores = await VigilStores.OpenAsync(options.Database, options.Time, new MessageStoreOptions { MaxMessageBytes = options.MaxMessageBytes }, cancellationToken);
        LiveScreening? screening = null;
        try
        {
            screening = new LiveScreening(stores.Lists, options.Policy, options.Time);
            await screening.RefreshAsync(cancellationToken);
            WebApplication app = Build(options, stores, screening);
            await app.StartAsync(cancellationToken);
            return new VigilServer(app, stores, screening);
        }
        catch
        {
            screening?.Dispose();
            await stores.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits until the server is asked to stop (<paramref name="cancellationToken"/>, or the host's own
    /// signal handling), then stops it gracefully: requests in flight finish, pending writes are committed.</summary>
    public async Task RunUntilStoppedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _app.WaitForShutdownAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Asked to stop by the caller: stop below.
        }

        await StopAsync();
    }

    /// <summary>Stops taking requests and lets those in flight finish (within the shutdown timeout).</summary>
    public Task StopAsync() => _app.StopAsync(CancellationToken.None);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _screening.Dispose();

        // Last: the group-commit writer commits what the requests left queued.
        await _stores.DisposeAsync();
    }

    private static WebApplication Build(ServerOptions options, VigilStoreSet stores, LiveScreening screening)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(VigilServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Bodies reads what it keeps up to its limits and drains a refused body a little further.
            kestrel.Limits.MaxRequestBodySize = (long)Math.Max(options.MaxMessageBytes, options.MaxCheckBytes) + Bodies.DrainBytes + (1 << 20);
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.ShutdownTimeout);
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(json =>
        {
            json.UseUtcTimestamp = true;
            json.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
        });
        builder.Logging.SetMinimumLevel(options.LogLevel);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        IServiceCollection services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(options.Time);
        services.AddSingleton(stores.Lists);
        services.AddSingleton(stores.Messages);
        services.AddSingleton(stores.Checks);
        services.AddSingleton(stores.Keys);
        services.AddSingleton(stores.Users);
        services.AddSingleton(stores.Audit);
        services.AddSingleton(screening);
        services.AddSingleton(provider => new MessageIntake(stores.Messages, stores.Checks, options.Time));
        services.AddSingleton(provider => new CarrierChecks(stores.Checks, screening, options.Time));
        services.AddSingleton(provider => new InteractiveApi(provider.GetRequiredService<CarrierChecks>(), stores.Messages, options.Time));
        services.AddSingleton(provider => new AccessKeys(stores.Keys, options.Time));
        services.AddSingleton(provider => new WatchListQueries(stores.Lists, stores.Audit));
        services.AddSingleton(provider => new Vigil.Screening.Relations.SubjectRelations(stores.Lists, stores.Audit));
        services.AddSingleton(provider => new AnalystReviews(stores.Checks, stores.Lists, stores.Audit));
        services.AddSingleton(provider => new Users(stores.Users, stores.Audit, options.Time));
        services.AddSingleton(provider => new ReviewDecisions(stores.Checks, stores.Audit));
        services.AddHostedService<IndexRefresher>();
        services.AddHostedService<PendingMessageSweeper>();

        // Bearer keys need no data protection; the session and antiforgery cookies of the pages are protected with
        // keys kept in the database, so that every server of it reads the cookies of the others and a restart ends no
        // session (keys on disk would be written to the home folder of each machine).
        services.AddDataProtection().SetApplicationName("vigil");
        services.Configure<KeyManagementOptions>(keys => keys.XmlRepository = new DatabaseXmlRepository(stores.ServerKeys));
        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null)
            .AddPersonCookie();
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "vigil_antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.SuppressXFrameOptionsHeader = true;
        });

        // Data protection's hosted service would load the key ring at start-up, making a key before anyone signs in; the
        // key ring is loaded (and its first key made) on first use instead.
        foreach (ServiceDescriptor primer in services.Where(d => d.ServiceType == typeof(IHostedService)
            && d.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService").ToArray())
        {
            services.Remove(primer);
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Submit, policy => policy.RequireRole(Roles.SubmitRoles))
            .AddPolicy(Roles.Decisions, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(Roles.Analyst, policy => policy.RequireRole(Roles.AnalystRoles))
            .AddPolicy(Roles.Person, policy => policy.AddAuthenticationSchemes(PersonAuthentication.SchemeName).RequireRole(Roles.AnalystRoles))
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        AddRateLimits(services, options.RateLimitPerSecond);
        services.AddProblemDetails();
        services.AddOpenApi("v1", openApi => openApi.AddDocumentTransformer<OpenApiDocumentTransformer>().AddOperationTransformer<OpenApiDocumentTransformer>());

        WebApplication app = builder.Build();
        app.UseMiddleware<RequestTiming>();
        app.UseMiddleware<ProblemExceptions>();
        app.UseStatusCodePages(async status =>
        {
            // Refusals made before an endpoint runs have no body: no such route or method, a Content-Type that the
            // endpoint's Accepts metadata does not list, a query parameter that does not bind to its type.
            HttpContext context = status.HttpContext;
            HttpResponse response = context.Response;
            string request = $"{context.Request.Method} {context.Request.Path}";
            (string Code, string Title, string Detail)? problem = response.StatusCode switch
            {
                StatusCodes.Status404NotFound => ("VGL-API012", "Not found", $"{request} is not an endpoint of this API; see /openapi/v1.json."),
                StatusCodes.Status405MethodNotAllowed => ("VGL-API013", "Method not allowed", $"{request} is not an endpoint of this API; see /openapi/v1.json."),
                StatusCodes.Status415UnsupportedMediaType => ("VGL-API005", "The content type is not read here",
                    $"Content-Type '{context.Request.ContentType}' is not read by {request}; see /openapi/v1.json."),
                StatusCodes.Status400BadRequest => ("VGL-API003", "The request is not valid",
                    $"A route or query parameter of {request} does not have the form the endpoint reads; see /openapi/v1.json."),
                _ => null,
            };
            if (problem is { } p && !response.HasStarted && response.ContentLength is null)
            {
                await Problems.Of(response.StatusCode, p.Code, p.Title, p.Detail).ExecuteAsync(context);
            }
        });
        app.UseAuthentication();
        if (options.RateLimitPerSecond > 0)
        {
            app.UseRateLimiter();
        }

        app.UseAuthorization();
        // One document: a route with {documentName} would answer other names with a plain-text 404.
        app.MapOpenApi("/openapi/v1.json").AllowAnonymous().DisableRateLimiting();
        app.MapHealth();
        app.MapChecks();
        app.MapManifests();
        app.MapFlights();
        app.MapAnalysts();
        app.MapPages();
        return app;
    }

    /// <summary>A token bucket per key (two seconds' worth), and a small one per address for requests without a valid key.</summary>
    private static void AddRateLimits(IServiceCollection services, int perSecond)
    {
        if (perSecond <= 0)
        {
            return;
        }

        services.AddRateLimiter(limits =>
        {
            limits.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limits.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                bool known = context.Items.TryGetValue(typeof(Caller), out object? caller) && caller is Caller;
                string partition = known ? ((Caller)caller!).Actor : "ip:" + context.Connection.RemoteIpAddress;
                int rate = known ? perSecond : Math.Max(1, Math.Min(perSecond, 20));

                // Refilled in steps of about a tenth of the rate, spaced so that the refill is exactly the rate per second.
                int tokens = Math.Max(1, rate / 10);
                return RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = rate * 2,
                    TokensPerPeriod = tokens,
                    ReplenishmentPeriod = TimeSpan.FromSeconds((double)tokens / rate),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            limits.OnRejected = async (rejected, cancellationToken) =>
            {
                HttpContext context = rejected.HttpContext;
                TimeSpan retry = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan after) ? after : TimeSpan.FromSeconds(1);
                int seconds = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds));
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Problems.Of(StatusCodes.Status429TooManyRequests, "VGL-API014", "Too many requests",
                    string.Create(CultureInfo.InvariantCulture, $"This key may send {perSecond} requests per second; retry after {seconds} s.")).ExecuteAsync(context);
            };
        });
    }
}
