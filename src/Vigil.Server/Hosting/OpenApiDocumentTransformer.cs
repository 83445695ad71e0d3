using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Vigil.Server.Hosting;

/// <summary>Completes the OpenAPI document: what Vigil is, the bearer key scheme, and which operations need it.</summary>
internal sealed class OpenApiDocumentTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    private const string Scheme = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Vigil",
            Version = "v1",
            Description = "Traveler screening against watch lists of foreign terrorist fighters. Carriers ask before boarding and get "
                + "board, selectee, contact or no-board, never a list, a score or a reason. Every error is RFC 9457 problem details "
                + "with Vigil's diagnostic code (code), each problem located (errors) and, where the request's bytes were kept, messageId.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API key made by vigil keys create: Authorization: Bearer vgl_…",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        // An EDIFACT body is text in its own syntax: the generator gives it the JSON schema of the operation's other
        // media type, or none at all when two answers share a status code.
        IEnumerable<OpenApiMediaType?> edifact = (operation.Responses?.Values.Select(r => r.Content) ?? [])
            .Append(operation.RequestBody?.Content)
            .SelectMany(content => content ?? new Dictionary<string, OpenApiMediaType>())
            .Where(media => media.Key == Endpoints.CheckEndpoints.Edifact)
            .Select(media => media.Value);
        foreach (OpenApiMediaType? media in edifact)
        {
            if (media is not null)
            {
                media.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A UN/EDIFACT interchange: PAXLST or PNRGOV sent, CUSRES answered (docs/cusres.md)." };
            }
        }

        bool anonymous = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
        if (!anonymous)
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, context.Document)] = [] });
        }

        return Task.CompletedTask;
    }
}
