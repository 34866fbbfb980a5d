using Lbaas.Host.Api.L7Policies;
using Lbaas.Host.Persistence;
using Lbaas.Sdk.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lbaas.Host.Api.L7Rules;

/// <summary>Maps <c>/l7policies/{id}/rules</c>.</summary>
public static class L7RuleEndpoints
{
    public const int MaxRulesPerPolicy = 50;

    public static readonly string[] PutFields = ["type", "compare_type", "key", "value", "invert", "admin_state_up", "tags"];

    public static readonly string[] PostFields = [.. PutFields, "project_id", "tenant_id"];

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/l7policies/{policyId}/rules", ListAsync);
        group.MapPost("/l7policies/{policyId}/rules", CreateAsync);
        group.MapGet("/l7policies/{policyId}/rules/{id}", ShowAsync);
        group.MapPut("/l7policies/{policyId}/rules/{id}", UpdateAsync);
        group.MapDelete("/l7policies/{policyId}/rules/{id}", DeleteAsync);
    }

    private static async Task<IResult> ListAsync(HttpContext context, string policyId, LbaasDbContext db, IOptions<ApiOptions> options,
        CancellationToken ct)
    {
        var query = ListQuery.Parse(context.Request.Query, options.Value.PaginationMaxLimit);
        var policy = await L7PolicyEndpoints.FindParentAsync(db, context, policyId, track: false, ct);
        var rows = await db.L7Rules.AsNoTracking().Where(r => r.L7PolicyId == policy.Id).ToListAsync(ct);
        return ListResponder.Render(context, query, L7RuleSchema.Instance, rows, r => r.Id, r => r.Tags, options.Value.ApiBaseUri);
    }

    private static async Task<L7RuleEntity> FindAsync(LbaasDbContext db, L7PolicyEntity policy, string rawId, bool track, CancellationToken ct)
    {
        var id = PathId.Parse(rawId, ResourceNames.L7Rule);
        var rows = track ? db.L7Rules : db.L7Rules.AsNoTracking();
        return await rows.FirstOrDefaultAsync(r => r.Id == id && r.L7PolicyId == policy.Id, ct) ?? throw ApiException.NotFound(ResourceNames.L7Rule, rawId);
    }

    private static async Task<IResult> ShowAsync(HttpContext context, string policyId, string id, LbaasDbContext db, CancellationToken ct)
    {
        var policy = await L7PolicyEndpoints.FindParentAsync(db, context, policyId, track: false, ct);
        return JsonResult.Single(StatusCodes.Status200OK, L7RuleSchema.Instance, await FindAsync(db, policy, id, track: false, ct),
            ListQuery.ParseFields(context.Request.Query));
    }

    /// <summary>Reads a rule create body into a new row.</summary>
    public static L7RuleEntity ReadCreate(FieldReader r) => new()
    {
        Type = r.Enum<L7RuleType>("type", required: true) is { } t ? WireName.Of(t) : "",
        CompareType = r.Enum<L7RuleCompareType>("compare_type", required: true) is { } c ? WireName.Of(c) : "",
        Value = r.String("value", required: true) ?? "",
        Key = r.String("key"),
        Invert = r.Bool("invert") ?? false,
        AdminStateUp = r.Bool("admin_state_up") ?? true,
        Tags = r.StringList("tags") ?? [],
        ProvisioningStatus = ProvisioningStatuses.PendingCreate,
        OperatingStatus = OperatingStatuses.Offline,
    };

    private static async Task LockAsync(LbaasDbContext db, MutationJournal journal, L7PolicyEntity policy, CancellationToken ct)
    {
        var fresh = await db.L7Policies.AsNoTracking().FirstAsync(p => p.Id == policy.Id, ct);
        ChildLocks.RequireNotPending(fresh, ResourceNames.L7Policy);
        await ChildLocks.LockLoadBalancerAsync(db, journal, policy.LoadBalancerId, ct);
        await journal.MarkParentsAsync<ListenerEntity>(db, [policy.ListenerId], ct);
        await journal.MarkParentsAsync<L7PolicyEntity>(db, [policy.Id], ct);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, string policyId, LbaasDbContext db, ProviderInvoker invoker,
        IQuotaChecker quotas, TimeProvider time, CancellationToken ct)
    {
        var policy = await L7PolicyEndpoints.FindParentAsync(db, context, policyId, track: false, ct);
        var body = RequestBody.Envelope(await RequestBody.ReadAsync(context.Request, ct), "rule");
        var errors = new List<string>();
        var rule = ReadCreate(new FieldReader(body, "rule_.rule", PostFields, errors));
        FieldReader.ThrowIfAny(errors);
        L7RuleValidator.Check(rule);
        var lb = await db.LoadBalancers.AsNoTracking().FirstAsync(l => l.Id == policy.LoadBalancerId, ct);
        rule.Id = Guid.NewGuid();
        rule.L7PolicyId = policy.Id;
        rule.LoadBalancerId = lb.Id;
        rule.ProjectId = lb.ProjectId;
        rule.CreatedAt = time.GetUtcNow().UtcDateTime;
        var journal = new MutationJournal(time);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            if (await db.L7Rules.CountAsync(r => r.L7PolicyId == policy.Id, ct) >= MaxRulesPerPolicy)
            {
                throw ApiException.Conflict($"Too many rules on L7 policy {policy.Id}");
            }

            await journal.ReserveAsync(quotas, db, lb.ProjectId, new QuotaDemand { L7Rules = 1 }, ct);
            await LockAsync(db, journal, policy, ct);
            db.L7Rules.Add(rule);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        journal.Created<L7RuleEntity>(rule.Id);
        var model = ProviderModelMapper.ToModel(rule);
        await invoker.CallAsync(lb.Provider, "L7 rule create", journal,
            (d, c) => d.CreateL7RuleAsync(new CreateL7RuleRequest { L7Rule = model }, c), ct);
        return JsonResult.Single(StatusCodes.Status201Created, L7RuleSchema.Instance, rule);
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, string policyId, string id, LbaasDbContext db, ProviderInvoker invoker,
        TimeProvider time, CancellationToken ct)
    {
        var policy = await L7PolicyEndpoints.FindParentAsync(db, context, policyId, track: false, ct);
        var body = RequestBody.Envelope(await RequestBody.ReadAsync(context.Request, ct), "rule");
        var errors = new List<string>();
        var r = new FieldReader(body, "l7rule_.rule", PutFields, errors);
        var type = r.Has("type") ? r.Enum<L7RuleType>("type", required: true) : null;
        var compare = r.Has("compare_type") ? r.Enum<L7RuleCompareType>("compare_type", required: true) : null;
        var key = r.OptString("key");
        var value = r.Has("value") ? r.String("value", required: true) : null;
        var invert = r.Has("invert") ? new Optional<bool>(r.Bool("invert") ?? false) : default;
        var admin = r.OptBool("admin_state_up");
        var tags = r.Has("tags") ? r.StringList("tags") ?? [] : null;
        FieldReader.ThrowIfAny(errors);

        var rule = await FindAsync(db, policy, id, track: true, ct);
        var current = ProviderModelMapper.ToModel(rule);
        var original = (L7RuleEntity)db.Entry(rule).OriginalValues.ToObject();
        original.Tags = [.. rule.Tags];
        if (type is { } t)
        {
            rule.Type = WireName.Of(t);
        }

        if (compare is { } c)
        {
            rule.CompareType = WireName.Of(c);
        }

        rule.Key = key.GetValueOrDefault(rule.Key);
        rule.Value = value ?? rule.Value;
        rule.Invert = invert.GetValueOrDefault(rule.Invert);
        rule.AdminStateUp = admin.GetValueOrDefault(rule.AdminStateUp);
        if (tags is not null)
        {
            rule.Tags = tags;
        }

        L7RuleValidator.Check(rule);
        var lb = await db.LoadBalancers.AsNoTracking().FirstAsync(l => l.Id == policy.LoadBalancerId, ct);
        var journal = new MutationJournal(time);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await LockAsync(db, journal, policy, ct);
            journal.Updated(original);
            rule.ProvisioningStatus = ProvisioningStatuses.PendingUpdate;
            rule.UpdatedAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        var request = new UpdateL7RuleRequest
        {
            Current = current,
            Type = type is { } tt ? tt : default(Optional<L7RuleType>),
            CompareType = compare is { } cc ? cc : default(Optional<L7RuleCompareType>),
            Key = key,
            Value = value is not null ? value : default(Optional<string>),
            Invert = invert,
            AdminStateUp = admin,
        };
        await invoker.CallAsync(lb.Provider, "L7 rule update", journal, (d, x) => d.UpdateL7RuleAsync(request, x), ct);
        return JsonResult.Single(StatusCodes.Status200OK, L7RuleSchema.Instance, rule);
    }

    private static async Task<IResult> DeleteAsync(HttpContext context, string policyId, string id, LbaasDbContext db, ProviderInvoker invoker,
        TimeProvider time, CancellationToken ct)
    {
        var policy = await L7PolicyEndpoints.FindParentAsync(db, context, policyId, track: false, ct);
        var rule = await FindAsync(db, policy, id, track: false, ct);
        var lb = await db.LoadBalancers.AsNoTracking().FirstAsync(l => l.Id == policy.LoadBalancerId, ct);
        var journal = new MutationJournal(time);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await LockAsync(db, journal, policy, ct);
            var now = time.GetUtcNow().UtcDateTime;
            await db.L7Rules.Where(x => x.Id == rule.Id).ExecuteUpdateAsync(
                s => s.SetProperty(x => x.ProvisioningStatus, ProvisioningStatuses.PendingDelete).SetProperty(x => x.UpdatedAt, now), ct);
            journal.RecordStatusChange<L7RuleEntity>(rule.Id, rule.ProvisioningStatus, ProvisioningStatuses.PendingDelete);
            await tx.CommitAsync(ct);
        }

        var model = ProviderModelMapper.ToModel(rule);
        await invoker.CallAsync(lb.Provider, "L7 rule delete", journal,
            (d, c) => d.DeleteL7RuleAsync(new DeleteL7RuleRequest { L7Rule = model }, c), ct);
        return Results.NoContent();
    }
}
