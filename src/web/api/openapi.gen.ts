/**
 * The API's answers and inputs as /openapi.json describes them, generated from the route
 * declarations by `npm run web:types`. Do not edit: change the route's zod schema and run it.
 * src/web/api/types.ts names the parts the pages use.
 */

/** Any JSON value (the JsonValue component). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface paths {
    "/api/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List regions
         * @description Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/{id}/chains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The chains of a region: every chain with how many of its enterprises make one of the chain’s segments
         * @description Enterprises of the regions below it count too. The chains the region has come first, most enterprises first; then the others by name.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getRegionsIdChains"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List chains
         * @description Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getChains"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chains/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a chain with its segments
         * @description Segments with their stage and the segments each one feeds (also across chains).
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getChainsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chains/{id}/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The chain map of a region (招商图谱)
         * @description The latest stored run; 202 with a job id while the first one is computed.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getChainsIdMap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chains/{id}/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ranked leads for a region’s chain gaps (招商线索)
         * @description Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getChainsIdLeads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chains/{id}/what-if": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What attracting these leads would change
         * @description Which gaps close and which local enterprises gain a local supplier, and the map after. Computed on the current graph; nothing is written.
         *
         *     Roles: admin, secretary, investment.
         */
        post: operations["postChainsIdWhatIf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chains/{id}/extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where a region’s chain can extend into other chains (延链)
         * @description The FEEDS ties between this chain’s segments and other chains’ segments, both ways (upstream: another chain supplies this one; downstream: this chain supplies another), each with how many enterprises of the region already make the other segment; those it can build on first. Computed on the current graph.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getChainsIdExtension"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chains/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A supply-demand meeting plan for a region’s chain (供需对接会)
         * @description Pairs of local suppliers and buyers on the chain, best first, each enterprise in a bounded number of meetings.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getChainsIdMeetings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List enterprises
         * @description Filtered by region (with the regions below it), segment produced or qualification tag, in id order; a region-scoped key lists its own region’s, page after page.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getEnterprises"];
        put?: never;
        /**
         * Create an enterprise
         * @description Validated and name-resolved as an import is: a name already in the graph (or an alias of one) is a 409 naming it. Its partner lists and gap maps are recomputed in the background.
         *
         *     Roles: admin, secretary.
         */
        post: operations["postEnterprises"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an enterprise
         * @description Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getEnterprisesId"];
        /**
         * Replace an enterprise
         * @description Replaces its properties, its region, the segments it produces in and those it buys from. A region-scoped key names the region (body.regionId, within its own): a replacement without one would take the enterprise out of every region.
         *
         *     Roles: admin, secretary.
         */
        put: operations["putEnterprisesId"];
        post?: never;
        /**
         * Delete an enterprise
         * @description With every relationship it has; the lists it appeared in are recomputed.
         *
         *     Roles: admin, secretary.
         */
        delete: operations["deleteEnterprisesId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/placements/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The 挂链 review queue: enterprises whose segments the classifier was not sure of
         * @description Each with its candidate segments, their confidence and evidence, best first; a region-limited key sees the enterprises of its region only. Cursor pagination.
         *
         *     Roles: admin, secretary.
         */
        get: operations["getPlacementsReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/placements/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide enterprises of the 挂链 review queue: their segments, or none
         * @description Each decision makes the segments given the enterprise’s segments (IN_SEGMENT, placed by a reviewer), takes it out of the queue and is remembered, so a re-import does not ask again; empty segmentIds records that none fit. A decision naming an enterprise or segment not in the graph, or an enterprise outside a region-limited key’s region, is not written: those ids are answered in `unknown`.
         *
         *     Roles: admin, secretary.
         */
        post: operations["postPlacementsDecisions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{id}/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Upstream or downstream partner candidates of an enterprise (上下游配套)
         * @description Ranked, local first, each with its reasons and the party-organisation path that can make the introduction. The latest stored run; 202 with a job id while the first one is computed.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getEnterprisesIdPartners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/institutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List institutions (universities, labs, institutes)
         * @description Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getInstitutions"];
        put?: never;
        /**
         * Add an institution
         * @description Roles: admin, university.
         */
        post: operations["postInstitutions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/institutions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an institution
         * @description Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getInstitutionsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party-orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List party organisations
         * @description Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getPartyOrgs"];
        put?: never;
        /**
         * Add a party organisation
         * @description Roles: admin, secretary.
         */
        post: operations["postPartyOrgs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party-orgs/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Party-organisation coverage per chain and segment (党建覆盖)
         * @description Per chain (and segment): enterprises, those covered by a party organisation, members, instructors, pairings. A region-scoped key sees its region.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getPartyOrgsCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party-orgs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a party organisation with its pairings
         * @description Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getPartyOrgsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party-orgs/pairings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pair two party organisations (结对共建)
         * @description A region-scoped key pairs organisations of its own region only (both of them, each by its region or, failing one, its parent organisation’s): a pairing across regions ranks the other region’s enterprises too, so it is made by an admin or a key whose region holds both.
         *
         *     Roles: admin, secretary.
         */
        post: operations["postPartyOrgsPairings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List problems of the tackling list
         * @description Each with the segments and chains it is about and the enterprise or institution that posted it, with its region. The tackling list is an open call (揭榜挂帅): every key sees every problem, as GET /problems/:id does; region= narrows it to problems posted from a region and the regions below it.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getProblems"];
        put?: never;
        /**
         * Post a problem (发榜)
         * @description Its candidate experts and institutions, and the global assignment, are recomputed in the background.
         *
         *     Roles: admin, secretary, university.
         */
        post: operations["postProblems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a problem
         * @description Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getProblemsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a problem along the tackling workflow
         * @description draft → published → claimed (with the claiming team) → in_progress → accepted → closed. A step from the wrong status is a 409 naming the allowed ones.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        post: operations["postProblemsIdTransitions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who did what to a problem, and when
         * @description Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getProblemsIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Candidate experts and institutions for a problem
         * @description The latest stored run of each list; party membership is masked for roles that may not see it.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getProblemsIdCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{id}/consortium": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A proposed consortium (攻关联合体) covering the problem’s skills
         * @description Computed on the current graph: the members, the skills each covers, and what no candidate covers.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getProblemsIdConsortium"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The global assignment of experts to open problems
         * @description No expert above their load; the latest stored run (recomputed when problems change).
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getAssignment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a person (expert, instructor)
         * @description Party membership, phone and e-mail are masked for roles that may not see them (PIPL).
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getPeopleId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List people
         * @description Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getPeople"];
        put?: never;
        /**
         * Add a person (expert, instructor)
         * @description Where they work (worksAt → WORKS_AT, an enterprise or an institution) places them: a region-scoped key names one of its region’s (400 naming body.worksAt when none, 403 naming the one outside). The answer is masked for the caller’s role like every read.
         *
         *     Roles: admin, secretary, university.
         */
        post: operations["postPeople"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Problems that fit an expert
         * @description Open problems of the tackling list whose skills and text fit the person, best first, with reasons; nextCursor pages through the whole ranking.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getPeopleIdProblems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List teams (攻关联合体, 党员突击队, 先锋队) that can claim a problem
         * @description With how many people each has and the problems it tackles already; cursor pagination by id. With `problem`, the teams tackling that problem (all of them, one page).
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getTeams"];
        put?: never;
        /**
         * Form a team (组建攻关团队), tackling a problem when one is named
         * @description Its people (IN_TEAM, the leader among them) and the problem it tackles (TACKLES) must exist (400 naming the field). A region-scoped key forms teams of its region’s people for its region’s problems (403 naming the one outside).
         *
         *     Roles: admin, secretary, university.
         */
        post: operations["postTeams"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a team
         * @description Its people are counted, not named: a 党员突击队’s members are party members (PIPL).
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getTeamsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add people to a team or remove them
         * @description A region-scoped key changes its region’s teams and adds its region’s people only (403 naming what lies elsewhere); an unknown team is a 404, an unknown person a 400 naming the field.
         *
         *     Roles: admin, secretary, university.
         */
        post: operations["postTeamsIdMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List requests of the service loop
         * @description Each with who raised it, who has it and whether it is overdue. A region-scoped key sees the requests of enterprises in its region (a page may then hold fewer than limit: follow nextCursor).
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getRequests"];
        put?: never;
        /**
         * Raise a request for an enterprise (企业点单)
         * @description Its ranked responders are computed in the background, and its escalation queued for its due date.
         *
         *     Roles: admin, secretary.
         */
        post: operations["postRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/escalated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The 督办 inbox: open requests escalated past their due date
         * @description Newest escalation first (at most 200, with the total). A request leaves it when resolved or closed, or when its due date is moved later. A region-scoped key sees those raised in its region.
         *
         *     Roles: admin, secretary.
         */
        get: operations["getRequestsEscalated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a request, with who raised it, who has it, and whether it is overdue
         * @description Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getRequestsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a request along the service loop
         * @description dispatched (派单, to a responder: assignee required), accepted (接单), resolved (办结), closed (反馈, with the rating). A step from the wrong status is a 409.
         *
         *     Roles: admin, secretary, responder.
         */
        post: operations["postRequestsIdTransitions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{id}/whistle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call departments to a request (派单到部门; several at once: 吹哨)
         * @description Each department is called now unless it was already; a raised request becomes dispatched. The request is resolved only once every called department has reported (报到); until then resolving it is a 409 naming those it waits for.
         *
         *     Roles: admin, secretary.
         */
        post: operations["postRequestsIdWhistle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{id}/departments/{departmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A called department’s own step: accepted (接单), reported (报到, again for progress), closed (销号)
         * @description By park staff, or by the department’s own key (a responder key acting for it) for that department only. 404 when the department was not called to the request; 409 from the wrong status.
         *
         *     Roles: admin, secretary, responder.
         */
        post: operations["postRequestsIdDepartmentsDepartmentId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{id}/responders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ranked responders for a request (派单建议)
         * @description Instructors, enterprise secretaries (企业秘书) and staff whose skills, place and load fit it, and departments by remit and load; the latest stored run.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getRequestsIdResponders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List departments (职能部门) with their remit, staff and load
         * @description By name, at most 500. A region-scoped key sees the departments of its region and those serving no region in particular. Load: open requests a department was called to and has not closed (销号).
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getDepartments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a department, with its staff and load
         * @description Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getDepartmentsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/talent-needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Post an enterprise’s talent need (人才需求)
         * @description The role, skills, level and how many people; posted today unless postedAt says when. It joins its chain’s scarce-talent catalogue while open; a hire is recorded through POST /outcomes (engine talent, result talent_hired).
         *
         *     Roles: admin, secretary.
         */
        post: operations["postTalentNeeds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/talent-needs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a talent need
         * @description Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getTalentNeedsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/talent-needs/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People the graph knows who could fill a talent need, with reasons (人才推荐)
         * @description Scored by skills covered, works and profile, where they work and the party organisation that can recommend them (组织推荐), each part given; nobody already working at the enterprise. Computed on the current graph. Party membership is used and said only for roles that may see it.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getTalentNeedsIdCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chains/{id}/talent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A chain’s scarce-talent catalogue (急需紧缺人才目录)
         * @description The open talent needs of the chain’s enterprises grouped by role, most people wanted first, with skills, enterprises, regions and how long open; the filled needs’ median days to fill; every need listed. Computed on the current graph.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getChainsIdTalent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chains/{id}/job-fair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A job fair plan for a chain (链上专场招聘会)
         * @description Which enterprises with which open needs meet which candidates: the interviews that maximise the total candidate score, each need seating a few per position and each person in a bounded number of interviews.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getChainsIdJobFair"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List recorded outcomes
         * @description A region-scoped key sees the outcomes of advice for its region (a page may then hold fewer than limit: follow nextCursor).
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getOutcomes"];
        put?: never;
        /**
         * Record what became of a proposed match (成效)
         * @description contacted, declined, contract_signed, problem_solved, lead_attracted, talent_hired or financing_signed (with amountYuan), with its date and a note. A client that may retry (after a timeout, say) sends its own id: the retry is then refused with 409 instead of counting the outcome twice. The candidate’s rank in the latest stored list (a talent need’s or a financing need’s: the list computed now) is kept with it (absent when redchain had not proposed it), for precision@k. A talent hire marks its need filled and keeps the days it took (daysToFill); a financing signing marks its need signed and keeps the days from its posting (daysToSign). Either dated before its need was posted is a 400 naming body.date.
         *
         *     Roles: admin, secretary, university, investment.
         */
        post: operations["postOutcomes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Precision@k of past recommendations against recorded outcomes, per engine
         * @description For k in 1, 3, 5, 10: precision (successes ranked within the top k over k × lists judged) and hit rate (the share of successes redchain had ranked within its top k). Successes are contract_signed, problem_solved, lead_attracted, talent_hired, financing_signed and resource_matched, and a dispatched request closed with a rating of 4 or 5. With a region (a key limited to a region: its own by default), only advice given there counts.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getStatsOutcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/financing-needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Financing needs of a region and chain (融资需求清单)
         * @description Largest first, each with its enterprise, region and chains; a region-limited key sees its region’s.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getFinancingNeeds"];
        put?: never;
        /**
         * Post an enterprise’s financing need (融资需求)
         * @description A loan, equity or guarantee need with its amount in yuan; the enterprise must be in the key’s region. Posted today unless postedAt says when; a financing_signed outcome (POST /outcomes) marks it signed on its date (signedAt).
         *
         *     Roles: admin, secretary, investment.
         */
        post: operations["postFinancingNeeds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/financing-needs/{id}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Products of banks and funds for a financing need, with scores and reasons
         * @description Computed on request: kind, amount within range, chain or industry, region served, stage and the provider’s signings with the same chain, each a component of the score.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getFinancingNeedsIdProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/financial-products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Financial products of banks, funds and guarantors (金融产品)
         * @description Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getFinancialProducts"];
        put?: never;
        /**
         * Add a bank’s or fund’s product
         * @description Its range, kinds, stages, industries, chains and regions served; a region-limited key names regions in its own.
         *
         *     Roles: admin, secretary, investment.
         */
        post: operations["postFinancialProducts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/financial-products/{id}/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The open financing needs a product fits: the enterprises to call
         * @description Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getFinancialProductsIdNeeds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/meeting-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A bank–enterprise meeting plan of a region (银企对接会): which enterprise meets which bank or fund
         * @description Maximises the total fit with each enterprise at a bounded number of tables and each provider at a bounded number of enterprises.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getFinanceMeetingPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/financing-meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bank–enterprise meetings held, with their signings
         * @description Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getFinancingMeetings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lists/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The needs list of a chain and region (需求清单)
         * @description The enterprises’ asks — requests with their kinds, talent needs and financing needs — open first, each with its enterprise, region, chains and the resources matched to it so far.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getListsNeeds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lists/needs/{id}/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The departments’ resources for a need, with scores and reasons
         * @description Computed on request: the resource’s kind against what is asked, its keywords and words in the need, chain and region, each a component of the score. Expired resources and those of other regions are left out.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getListsNeedsIdResources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lists/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The resources list of a chain and region (资源清单)
         * @description The departments’ resources serving the region (or a region within it), for the chain or for any.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getListsResources"];
        put?: never;
        /**
         * Add a department’s resource (资源)
         * @description Its kind, keywords, capacity and validity, the department offering it, its region (by default the department’s) and chains; a region-limited key adds only in its region.
         *
         *     Roles: admin, secretary, investment.
         */
        post: operations["postListsResources"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lists/resources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a resource’s properties (its validity, capacity, keywords…)
         * @description Roles: admin, secretary, investment.
         */
        patch: operations["patchListsResourcesId"];
        trace?: never;
    };
    "/api/v1/lists/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The projects list of a chain and region (项目清单), with progress
         * @description Soonest due first, each with its progress, status, milestones and whether it is overdue.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getListsProjects"];
        put?: never;
        /**
         * Add an action project (行动项目)
         * @description Its region, chains, the department leading it and/or the person owning it, its due date, progress and milestones; the status follows the progress unless given.
         *
         *     Roles: admin, secretary, investment.
         */
        post: operations["postListsProjects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lists/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a project’s progress (进度), status or milestones
         * @description Progress 100 marks it done and more than 0 ongoing, unless a status is given.
         *
         *     Roles: admin, secretary, investment.
         */
        patch: operations["patchListsProjectsId"];
        trace?: never;
    };
    "/api/v1/squads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Investment squads of a region and chain (党员招商小分队), with their leads and tallies
         * @description Each squad with its chains, leads of the gap maps and what its visits came to: visits, enterprises met, signings. Members’ names only for roles that see party membership.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getSquads"];
        put?: never;
        /**
         * Form an investment squad (组建党员招商小分队)
         * @description Its region (the key’s own or below), chains, members and the member who leads it.
         *
         *     Roles: admin, secretary, investment.
         */
        post: operations["postSquads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads/tally": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a region’s squads came to, per chain, beside the totals articles state
         * @description Counted from the visits logged, per chain (a squad on several chains counts in each), and the stated totals with their source (001: 30 squads, 165 trips, 200+ enterprises met).
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getSquadsTally"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An investment squad with its leads and every visit
         * @description Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getSquadsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads/{id}/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a squad leads of the gap maps (分派招商线索)
         * @description Each lead an enterprise outside the squad’s region to attract for one of its chains, kept with its rank in that chain’s gap map of the region. Giving a lead again changes nothing.
         *
         *     Roles: admin, secretary, investment.
         */
        post: operations["postSquadsIdLeads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squad-visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log a squad’s visit (外出招商): date, enterprise, who went, what came of it
         * @description Who went must be members of the squad. A signing or landing is of a lead given to the squad and records one lead_attracted outcome for it, once however many visits sign or land it.
         *
         *     Roles: admin, secretary, investment.
         */
        post: operations["postSquadVisits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobile-members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mobile members (流动党员): membership in one organisation, co-managed by the workplace’s
         * @description Each with the membership organisation (where the member is counted), the co-managing organisations, the workplace and its region, and the latest move; latest move first. A region-limited key (or region) sees the members whose membership or managing organisation lies in it. Roles that may not see party membership get no person id and a masked name.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getMobileMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}/moves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A member’s record: both organisations with their paths to the root, and every move (动态管理)
         * @description Party membership data: for the roles that see it. A region-limited key reads members whose membership or managing organisation lies in its region.
         *
         *     Roles: admin, secretary.
         */
        get: operations["getPeopleIdMoves"];
        put?: never;
        /**
         * Record a member’s move (党员流动登记) and who co-manages them
         * @description outflow: the member works elsewhere; toId (an organisation, or a region with managedBy) co-manages them from the date (MANAGED_BY), replacing any earlier. return: co-management ends. transfer: the membership (MEMBER_OF) moves to toId. Answers the member’s record.
         *
         *     Roles: admin, secretary.
         */
        post: operations["postPeopleIdMoves"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chains/{id}/chief-view": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A chain chief’s view of the chain across regions (链长视图)
         * @description Per region: its chiefs (CHIEF_OF), the stored gap map in short (missing and weak segments, best leads; `computing` while the first run is made), open problems (stalled first) and open requests (overdue first) of the chain’s enterprises, and party coverage. A region-limited key sees its regions only.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getChainsIdChiefView"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chains/{id}/joint-meetings/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Draft a joint meeting’s agenda from the chief’s view (联席会议议程)
         * @description Top gaps and leads, overdue requests and stalled problems of each region, each item linked to its node. Nothing is written.
         *
         *     Roles: admin, secretary, investment.
         */
        post: operations["postChainsIdJointMeetingsDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/joint-meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Joint meetings of a chain and region, latest first, with agenda and decisions
         * @description Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getJointMeetings"];
        put?: never;
        /**
         * Record a joint meeting (联席会议) with its attendees and agenda
         * @description The agenda as drafted (or edited); when none is given it is drafted from the chief’s view of the meeting’s region. The region must be in the key’s.
         *
         *     Roles: admin, secretary, investment.
         */
        post: operations["postJointMeetings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/joint-meetings/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a joint meeting’s decision (议定事项): what, who answers for it, by when
         * @description Roles: admin, secretary, investment.
         */
        post: operations["postJointMeetingsIdDecisions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meeting-decisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Move a decision (推进中, 已办结); done records when
         * @description Roles: admin, secretary, investment.
         */
        patch: operations["patchMeetingDecisionsId"];
        trace?: never;
    };
    "/api/v1/pledges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The year’s pledged items (十件实事) of a chain and region, with how many are done
         * @description Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getPledges"];
        put?: never;
        /**
         * Pledge an item for the year (十件实事) in a region, for a chain
         * @description Roles: admin, secretary, investment.
         */
        post: operations["postPledges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pledges/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Move a pledged item and say how far it got
         * @description Roles: admin, secretary, investment.
         */
        patch: operations["patchPledgesId"];
        trace?: never;
    };
    "/api/v1/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a bundle (JSON) or a CSV / XLSX file
         * @description Send the bundle as application/json, or the file’s bytes with Content-Type text/csv or the XLSX type (name it with ?name=企业.xlsx: the name tells the sheet kind). 202 with the job; its result is the import report (every rejected row with its line and reason).
         *
         *     Roles: admin, secretary.
         */
        post: operations["postImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recompute every match (partners, tackling lists, gap maps, assignment)
         * @description Normally nightly (RECOMPUTE_CRON); 202 with the job that starts the runs.
         *
         *     Roles: admin.
         */
        post: operations["postRecompute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A job’s state, progress and result
         * @description Read by whoever may read what it works on: an import by the key that sent it, a recompute of an enterprise (a problem, a request, a region’s map) by a key whose region holds it, whole-graph runs by keys without a region; admins read every job. Any other job answers 404, as one that does not exist.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getJobsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A job’s progress as server-sent events
         * @description An event `progress` each time it changes, then `done` (or `failed`) with the final state, then the stream ends.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getJobsIdEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the graph (JSON bundle, XLSX workbook, or one kind as CSV)
         * @description Importing the export into an empty store gives the same graph. Keys limited to a region may not export.
         *
         *     Roles: admin, secretary.
         */
        get: operations["getExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search everything by name and words, fuzzy
         * @description Enterprises by any of their names, institutions, experts by skill, problems, chains, segments, regions, party organisations, requests.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which enterprise a name means: match, ambiguous or none, with candidates
         * @description As imports resolve names: USCC first, then the name or an alias, the core name, then fuzzy with a margin over the runner-up.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getResolve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/graph/neighbourhood": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A node and its neighbours, with the relationships between them (图谱浏览)
         * @description One hop around any node (an enterprise, institution, party organisation, person, problem, region…), at most limit neighbours. A region-scoped key is refused (403) a node its kind’s own route would refuse it (an enterprise, request, department, squad, need, outcome, resource, project, pledge, meeting… of another region) and does not see those among the neighbours; people are masked as GET /people/:id masks them, and the ties that tell party membership (MEMBER_OF, MANAGED_BY, SQUAD_MEMBER, LEADS_SQUAD, VISITED_WITH, and a member’s moves) are left out for roles that may not see party membership, a move refused as a centre.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getGraphNeighbourhood"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The dashboard’s figures
         * @description Counts of each kind, problems by status, requests by status and how many are overdue.
         *
         *     Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys (never the keys themselves)
         * @description Roles: admin.
         */
        get: operations["getKeys"];
        put?: never;
        /**
         * Create an API key
         * @description The key is in this answer only: it is stored hashed and cannot be shown again.
         *
         *     Roles: admin.
         */
        post: operations["postKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Refused at once by this process; by other API processes within 30 seconds (their key cache).
         *
         *     Roles: admin.
         */
        delete: operations["deleteKeysId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log: every write, who made it, when, before and after
         * @description Roles: admin.
         */
        get: operations["getAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The calling key: its holder, role, region, and what the role may do
         * @description Roles: admin, secretary, university, investment, viewer, responder.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details: what went wrong, and for bad input which field and why. */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            requestId?: string;
            errors?: {
                field: string;
                reason: string;
            }[];
        };
        Region: {
            id: string;
            source?: string;
            synthetic?: boolean;
            name: string;
            /** @enum {string} */
            level: "country" | "province" | "city" | "district" | "park";
            code?: string;
            /** @default [] */
            aliases: string[];
            lat?: number;
            lng?: number;
            createdAt: string;
            updatedAt: string;
        };
        ChainPresence: {
            id: string;
            name: string;
            /** @description Enterprises in the region (or below it) making a segment of the chain */
            enterprises: number;
        };
        Chain: {
            id: string;
            source?: string;
            synthetic?: boolean;
            name: string;
            /** @default  */
            description: string;
            /** @default [] */
            aliases: string[];
            createdAt: string;
            updatedAt: string;
        };
        ChainDetail: {
            id: string;
            source?: string;
            synthetic?: boolean;
            name: string;
            /** @default  */
            description: string;
            /** @default [] */
            aliases: string[];
            createdAt: string;
            updatedAt: string;
            segments: components["schemas"]["ChainSegment"][];
        };
        ChainSegment: {
            id: string;
            source?: string;
            synthetic?: boolean;
            name: string;
            /** @enum {string} */
            stage: "upstream" | "midstream" | "downstream";
            /** @default [] */
            keywords: string[];
            /** @default  */
            description: string;
            /** @default [] */
            industryCodes: string[];
            createdAt: string;
            updatedAt: string;
            /** @description The segments it feeds (FEEDS), also across chains */
            feeds: string[];
        };
        GapAnswer: {
            /** @constant */
            status: "ready";
            computedAt: string;
            runId: string;
            /** @description Segments upstream to downstream with status missing / weak / ok / strong, producers, demand, single points of failure */
            map: components["schemas"]["ChainMap"];
            /** @description Enterprises outside the region that would close its gaps, best first, with reasons */
            leads: components["schemas"]["Lead"][];
        } | {
            /** @constant */
            status: "computing";
            jobId: string;
        };
        NamedRef: {
            id: string;
            name: string;
        };
        SegmentGap: {
            segmentId: string;
            name: string;
            stage: string;
            status: components["schemas"]["SegmentStatus"];
            producers: {
                id: string;
                name: string;
                scale: string | null;
                chainMaster: boolean;
            }[];
            /** @description Local enterprises that buy this segment (declared NEEDS or template demand) */
            demand: {
                id: string;
                name: string;
                declared: boolean;
            }[];
            /** @description Set when the local supply hangs on one enterprise: who, how many depend on it, and the risk */
            singlePointOfFailure: {
                producerId: string;
                producerName: string;
                dependants: number;
                /** @enum {string} */
                risk: "high" | "watch";
            } | null;
        };
        /** @enum {string} */
        SegmentStatus: "missing" | "weak" | "ok" | "strong";
        ChainMap: {
            chain: components["schemas"]["NamedRef"];
            region: components["schemas"]["NamedRef"];
            /** @description How a status is decided */
            rule: {
                zh: string;
                en: string;
            };
            segments: components["schemas"]["SegmentGap"][];
            chainMasters: components["schemas"]["NamedRef"][];
        };
        Lead: {
            enterpriseId: string;
            name: string;
            /**
             * @description Present (true) when the record is generated, e.g. the demo world’s surroundings; absent when real
             * @constant
             */
            synthetic?: true;
            score: number;
            segments: {
                id: string;
                name: string;
                status: components["schemas"]["SegmentStatus"];
            }[];
            components: {
                demand: number;
                ties: number;
                quality: number;
                distance: number;
                orgTies: number;
            };
            /** @description Local enterprises it already supplies */
            suppliesLocal: string[];
            reasons: components["schemas"]["Reasons"];
        };
        Reasons: {
            /** @description Why, in Chinese, as shown to users */
            zh: string[];
            /** @description The same reasons in English */
            en: string[];
        };
        WhatIf: {
            added: string[];
            closed: {
                segmentId: string;
                name: string;
                from: components["schemas"]["SegmentStatus"];
                to: components["schemas"]["SegmentStatus"];
            }[];
            /** @description Local enterprises that would have a local supplier for a segment they buy, where they had none */
            gainLocalSupplier: {
                enterpriseId: string;
                segmentId: string;
            }[];
            after: components["schemas"]["ChainMap"];
        };
        ChainExtension: {
            chain: components["schemas"]["NamedRef"];
            region: components["schemas"]["NamedRef"];
            links: components["schemas"]["ExtensionLink"][];
        };
        ExtensionLink: {
            /**
             * @description upstream: another chain’s segment feeds one of this chain’s; downstream: this chain feeds another’s
             * @enum {string}
             */
            direction: "upstream" | "downstream";
            /** @description This chain’s segment */
            segment: components["schemas"]["NamedRef"];
            /** @description The other chain’s segment it is tied to */
            other: components["schemas"]["NamedRef"];
            otherChain: components["schemas"]["NamedRef"];
            /** @description The FEEDS tie’s weight in the templates, 0–1 */
            weight: number;
            /** @description Enterprises in the region producing the other chain’s segment */
            localProducers: number;
            reasons: components["schemas"]["Reasons"];
        };
        MeetingPlan: {
            chain: components["schemas"]["NamedRef"];
            region: components["schemas"]["NamedRef"];
            participants: number;
            meetings: components["schemas"]["Meeting"][];
            totalScore: number;
        };
        Meeting: {
            supplier: components["schemas"]["NamedRef"];
            buyer: components["schemas"]["NamedRef"];
            score: number;
            reasons: components["schemas"]["Reasons"];
        };
        CandidateList: {
            /** @constant */
            status: "ready";
            /** @description When the list was computed (the latest stored run) */
            computedAt: string;
            runId: string;
            candidates: components["schemas"]["Candidate"][];
        } | {
            /** @constant */
            status: "computing";
            /** @description Follow it at /api/v1/jobs/{jobId} */
            jobId: string;
            candidates: components["schemas"]["Candidate"][];
        };
        Candidate: {
            id: string;
            kind: string;
            name: string | null;
            /**
             * @description Present (true) when the record is generated, e.g. the demo world’s surroundings; absent when real
             * @constant
             */
            synthetic?: true;
            rank: number;
            score: number;
            /** @description Why, in Chinese, as shown to users */
            reasons: string[];
            /** @description The same reasons in English */
            reasonsEn: string[];
            /** @description Score components, the segment it fits through, the organisational path */
            detail: components["schemas"]["CandidateDetail"];
        };
        OrgHop: {
            from: string;
            to: string;
            type: string;
            reversed: boolean;
        };
        CandidateDetail: {
            components?: {
                [key: string]: number | null;
            };
            via?: {
                segmentId: string;
                segmentName: string;
                /** @enum {string} */
                how: "need" | "feeds" | "two-hops" | "buyer-need";
            };
            orgPath?: components["schemas"]["OrgHop"][];
            coveredSkills?: {
                skill: string;
                by: string;
                score: number;
            }[];
            employer?: string | null;
            /** @description Fields masked for the role (components.partyMember) */
            masked?: string[];
        };
        ChainCoverage: {
            chainId: string;
            name: string;
            enterprises: number;
            /** @description Enterprises a party organisation covers (党组织覆盖) */
            covered: number;
            /** @description covered / enterprises, 0 when there are none */
            coverage: number;
            /** @description Party organisations on the chain or covering its enterprises */
            partyOrgs: number;
            /** @description Members the organisations state */
            membersStated: number;
            /** @description People recorded as members */
            membersKnown: number;
            /** @description Members co-managed here whose membership is elsewhere (流动党员, 双重管理): counted at their membership organisation, not in membersKnown */
            membersManaged: number;
            /** @description People instructing its enterprises (党建指导员) */
            instructors: number;
            /** @description Pairings (结对共建) touching its organisations */
            pairings: number;
            segments: components["schemas"]["SegmentCoverage"][];
        };
        SegmentCoverage: {
            segmentId: string;
            name: string;
            enterprises: number;
            /** @description Enterprises a party organisation covers (党组织覆盖) */
            covered: number;
        };
        Consortium: {
            problemId: string;
            members: {
                personId: string;
                name: string;
                employer: string | null;
                employerKind: ("Enterprise" | "Institution") | null;
                /** @description The required skills they cover */
                covers: string[];
            }[];
            covered: string[];
            /** @description Required skills no team of the pool covers */
            uncovered: string[];
            /** @description It mixes an institution and an enterprise (产学研) */
            mix: boolean;
            relevance: number;
        };
        AssignedProblem: {
            problemId: string;
            title: string;
            teamSize: number;
            assigned: {
                personId: string;
                name: string;
                affinity: number;
                /** @description Open problems and requests they carry once this assignment is made */
                load?: number;
                /** @description How many they may carry at once */
                maxLoad?: number;
            }[];
            alternates: {
                personId: string;
                name: string;
                affinity: number;
                /** @description Open problems and requests they carry once this assignment is made */
                load?: number;
                /** @description How many they may carry at once */
                maxLoad?: number;
            }[];
            /** @description Seats left empty */
            shortBy: number;
            /** @description Why seats are left empty */
            diagnosis: {
                zh: string;
                en: string;
            } | null;
        };
        ProblemFit: {
            problemId: string;
            title: string;
            postedBy: string | null;
            score: number;
            components: {
                relevance: number;
                skills: number;
                proximity: number;
                trackRecord: number;
            };
            reasons: components["schemas"]["Reasons"];
        };
        Responder: {
            personId: string;
            name: string;
            score: number;
            components: {
                instructor: number;
                region: number;
                skills: number;
                availability: number;
            };
            load: {
                current: number;
                max: number;
            };
            reasons: components["schemas"]["Reasons"];
        };
        DepartmentResponder: {
            departmentId: string;
            name: string;
            score: number;
            components: {
                remit: number;
                topics: number;
                region: number;
                availability: number;
            };
            load: {
                current: number;
                max: number;
            };
            reasons: components["schemas"]["Reasons"];
        };
        TalentNeed: {
            id: string;
            source?: string;
            synthetic?: boolean;
            title: string;
            /** @default [] */
            skills: string[];
            /**
             * @default engineer
             * @enum {string}
             */
            level: "skilled" | "engineer" | "senior" | "leading";
            /** @default 1 */
            count: number;
            /** @default  */
            description: string;
            /**
             * @default open
             * @enum {string}
             */
            status: "open" | "filled" | "withdrawn";
            postedAt: string;
            filledAt?: string;
            createdAt: string;
            updatedAt: string;
            /** @description The enterprise that wants it filled */
            enterpriseId: string | null;
            /** @description Chains whose catalogue lists it besides the enterprise’s own */
            chainIds: string[];
        };
        TalentCandidates: {
            need: components["schemas"]["TalentNeedView"];
            candidates: components["schemas"]["TalentCandidate"][];
        };
        TalentNeedView: {
            id: string;
            title: string;
            skills: string[];
            level: string;
            count: number;
            status: string;
            postedAt: string;
            filledAt: string | null;
            /** @description Days from posting to filling, or to the day asked about while open */
            daysOpen: number;
            source: string | null;
            enterprise: components["schemas"]["NamedRef"];
            region: components["schemas"]["NamedRef"] | null;
            chains: components["schemas"]["NamedRef"][];
        };
        TalentCandidate: {
            person: components["schemas"]["NamedRef"];
            rank: number;
            score: number;
            components: components["schemas"]["TalentComponents"];
            employer: components["schemas"]["NamedRef"] | null;
            coveredSkills: {
                skill: string;
                by: string;
                score: number;
            }[];
            closestWork: string | null;
            /** @description The party organisation that can recommend them (the path’s last one) */
            recommendedBy: components["schemas"]["NamedRef"] | null;
            orgPath: components["schemas"]["OrgHop"][];
            reasons: components["schemas"]["Reasons"];
        };
        TalentComponents: {
            /** @description How well their skills cover the skills asked for */
            skills: number;
            /** @description How close their works, skills and bio are to the role (the experts’ profiles) */
            works: number;
            /** @description How near they work to the enterprise */
            place: number;
            /** @description The party-organisation path that can recommend them (组织推荐): 1 for a shared organisation */
            recommendation: number;
        };
        TalentCatalogue: {
            chain: components["schemas"]["NamedRef"];
            region: components["schemas"]["NamedRef"] | null;
            asOf: string;
            openNeeds: number;
            headcount: number;
            entries: components["schemas"]["CatalogueEntry"][];
            filled: {
                needs: number;
                medianDaysToFill: number | null;
            };
            /** @description Every need of the chain here, open and filled, newest first */
            needs: components["schemas"]["TalentNeedView"][];
        };
        CatalogueEntry: {
            /** @description The role, as the enterprises name it (the most common spelling) */
            role: string;
            /** @description The most senior level asked for */
            level: string;
            /** @description Open needs for the role */
            needs: number;
            /** @description People wanted in all */
            headcount: number;
            enterprises: components["schemas"]["NamedRef"][];
            regions: components["schemas"]["NamedRef"][];
            /** @description Skills asked for, most asked first */
            skills: {
                skill: string;
                needs: number;
            }[];
            longestOpenDays: number;
            medianOpenDays: number;
            needIds: string[];
        };
        JobFairPlan: {
            chain: components["schemas"]["NamedRef"];
            region: components["schemas"]["NamedRef"] | null;
            booths: {
                enterprise: components["schemas"]["NamedRef"];
                needs: {
                    need: components["schemas"]["NamedRef"];
                    count: number;
                    interviews: components["schemas"]["FairInterview"][];
                }[];
            }[];
            candidatesInvited: number;
            interviews: number;
            needsWithoutCandidates: components["schemas"]["NamedRef"][];
            totalScore: number;
        };
        FairInterview: {
            need: components["schemas"]["NamedRef"];
            enterprise: components["schemas"]["NamedRef"];
            person: components["schemas"]["NamedRef"];
            score: number;
            reasons: components["schemas"]["Reasons"];
        };
        Outcome: {
            id: string;
            source?: string;
            synthetic?: boolean;
            /** @enum {string} */
            engine: "partners" | "tackling" | "leads" | "dispatch" | "talent" | "finance" | "lists";
            /** @enum {string} */
            result: "contacted" | "declined" | "contract_signed" | "problem_solved" | "lead_attracted" | "talent_hired" | "financing_signed" | "resource_matched";
            date: string;
            /** @default  */
            note: string;
            /** @default  */
            qualifier: string;
            rank?: number;
            runId?: string;
            amountYuan?: number;
            recordedBy?: string;
            subjectId?: string;
            candidateId?: string;
            daysToFill?: number;
            daysToSign?: number;
            createdAt: string;
            updatedAt: string;
        };
        EnginePrecision: {
            /** @enum {string} */
            engine: "partners" | "tackling" | "leads" | "dispatch" | "talent" | "finance" | "lists";
            /** @description Outcomes recorded (POST /outcomes) */
            outcomes: number;
            /** @description dispatch only (0 for the others): dispatched requests the enterprise closed with its rating, each judging its responder, a success from a rating of 4 of 5 */
            requestsClosed: number;
            /** @description Distinct lists (subject and list) with at least one outcome */
            listsJudged: number;
            /** @description Distinct candidates judged, each by its best outcome */
            matches: number;
            /** @description Matches judged a success: contract_signed, problem_solved, lead_attracted or talent_hired, or a request closed rated 4 or 5 */
            successes: number;
            /** @description Successes with a candidate redchain had not proposed */
            successesNotProposed: number;
            byResult: {
                [key: string]: number;
            };
            atK: components["schemas"]["PrecisionAtK"][];
        };
        PrecisionAtK: {
            k: number;
            /** @description Successes ranked within the top k, over k × the lists judged (an unjudged candidate is not relevant); null when no list has been judged (no data, not 0) */
            precision: number | null;
            successesInTopK: number;
            /** @description Of the matches that succeeded, the share ranked within the top k; null when none has succeeded (no data) */
            hitRate: number | null;
        };
        FinancingNeedItem: {
            id: string;
            title: string;
            /** @enum {string} */
            kind: "loan" | "equity" | "guarantee";
            amountYuan: number;
            stage: ("seed" | "startup" | "growth" | "expansion" | "mature") | null;
            purpose: string;
            dueDate: string | null;
            /** @enum {string} */
            status: "open" | "signed" | "withdrawn";
            source: string | null;
            enterprise: components["schemas"]["NamedRef"];
            region: components["schemas"]["NamedRef"] | null;
            chains: components["schemas"]["NamedRef"][];
        };
        NeedProducts: {
            need: components["schemas"]["FinancingNeedItem"];
            candidates: {
                product: components["schemas"]["FinancialProductItem"];
                score: number;
                rank: number;
                components: components["schemas"]["FinanceComponents"];
                reasons: components["schemas"]["Reasons"];
            }[];
        };
        FinancialProductItem: {
            id: string;
            name: string;
            kinds: ("loan" | "equity" | "guarantee")[];
            minAmountYuan: number | null;
            maxAmountYuan: number | null;
            stages: ("seed" | "startup" | "growth" | "expansion" | "mature")[];
            industries: string[];
            description: string;
            source: string | null;
            provider: components["schemas"]["NamedRef"];
            chains: components["schemas"]["NamedRef"][];
            /** @description Regions served (and below them); none: anywhere */
            regions: components["schemas"]["NamedRef"][];
        };
        FinanceComponents: {
            kind: number;
            amount: number;
            sector: number;
            region: number;
            stage: number;
            /** @description The provider’s recorded signings with enterprises of the same chain */
            trust: number;
        };
        ProductNeeds: {
            product: components["schemas"]["FinancialProductItem"];
            candidates: {
                need: components["schemas"]["FinancingNeedItem"];
                score: number;
                rank: number;
                components: components["schemas"]["FinanceComponents"];
                reasons: components["schemas"]["Reasons"];
            }[];
        };
        FinanceMeetingPlan: {
            region: components["schemas"]["NamedRef"];
            chain: components["schemas"]["NamedRef"] | null;
            enterprises: number;
            providers: number;
            meetings: {
                enterprise: components["schemas"]["NamedRef"];
                provider: components["schemas"]["NamedRef"];
                need: {
                    id: string;
                    title: string;
                };
                product: components["schemas"]["NamedRef"];
                amountYuan: number;
                score: number;
                reasons: components["schemas"]["Reasons"];
            }[];
            /** @description The sum the seated needs ask */
            amountYuan: number;
            totalScore: number;
        };
        FinancingMeetingItem: {
            id: string;
            title: string;
            date: string;
            region: components["schemas"]["NamedRef"] | null;
            enterprisesSigned: number | null;
            providersSigned: number | null;
            amountSignedYuan: number | null;
            note: string;
            source: string | null;
            attendees: components["schemas"]["NamedRef"][];
        };
        ListNeedItem: {
            id: string;
            /**
             * @description The record it is: a request, a talent need or a financing need
             * @enum {string}
             */
            source: "Request" | "TalentNeed" | "FinancingNeed";
            /**
             * @description What is asked, in the request kinds’ words
             * @enum {string}
             */
            category: "policy" | "financing" | "talent" | "technology" | "market" | "land" | "approval" | "safety" | "other";
            title: string;
            description: string;
            /** @description The record’s own status */
            status: string;
            open: boolean;
            enterprise: components["schemas"]["NamedRef"];
            region: components["schemas"]["NamedRef"] | null;
            chains: components["schemas"]["NamedRef"][];
            /** @description resource_matched outcomes recorded for it */
            matched: number;
        };
        NeedResources: {
            need: components["schemas"]["ListNeedItem"];
            candidates: {
                resource: components["schemas"]["ServiceResourceItem"];
                score: number;
                rank: number;
                components: components["schemas"]["ListsComponents"];
                reasons: components["schemas"]["Reasons"];
            }[];
        };
        ServiceResourceItem: {
            id: string;
            name: string;
            /** @enum {string} */
            kind: "policy" | "funding" | "land" | "talent" | "training" | "approval" | "platform" | "market" | "other";
            description: string;
            keywords: string[];
            capacity: number | null;
            validFrom: string | null;
            validUntil: string | null;
            source: string | null;
            department: components["schemas"]["NamedRef"];
            region: components["schemas"]["NamedRef"] | null;
            chains: components["schemas"]["NamedRef"][];
            /** @description Needs it has met (resource_matched outcomes) */
            matched: number;
        };
        ListsComponents: {
            /** @description The resource’s kind against what is asked */
            kind: number;
            /** @description The resource’s keywords and words in the need */
            text: number;
            chain: number;
            region: number;
        };
        ActionProjectItem: {
            id: string;
            name: string;
            description: string;
            dueDate: string | null;
            progress: number;
            /** @enum {string} */
            status: "planned" | "ongoing" | "done" | "stalled";
            /** @description Past its due date and not done */
            overdue: boolean;
            investmentYuan: number | null;
            milestones: {
                title: string;
                done: boolean;
            }[];
            source: string | null;
            region: components["schemas"]["NamedRef"] | null;
            chains: components["schemas"]["NamedRef"][];
            department: components["schemas"]["NamedRef"] | null;
            owner: components["schemas"]["NamedRef"] | null;
        };
        SquadList: {
            items: components["schemas"]["SquadItem"][];
            /** @description All the squads listed together */
            counts: components["schemas"]["SquadCounts"];
        };
        SquadItem: {
            id: string;
            name: string;
            formedOn: string | null;
            note: string;
            source: string | null;
            synthetic: boolean;
            region: components["schemas"]["NamedRef"] | null;
            chains: components["schemas"]["NamedRef"][];
            leader: components["schemas"]["NamedRef"] | null;
            members: components["schemas"]["NamedRef"][];
            memberCount: number;
            masked?: string[];
            leads: components["schemas"]["SquadLeadItem"][];
            counts: components["schemas"]["SquadCounts"];
        };
        SquadLeadItem: {
            id: string;
            enterprise: components["schemas"]["NamedRef"];
            chain: components["schemas"]["NamedRef"];
            assignedOn: string;
            /** @description Where it stood in the gap map of the squad’s region when assigned */
            rank: number | null;
            note: string;
            visits: number;
            /** @description What its latest visit came to; null: not visited yet */
            lastOutcome: ("contacted" | "interested" | "signed" | "landed" | "declined") | null;
            /** @description The lead_attracted outcome recorded when it signed or landed */
            outcomeId: string | null;
        };
        SquadCounts: {
            /** @description Squads counted */
            squads: number;
            /** @description Visits logged (外出招商次数) */
            visits: number;
            /** @description Distinct enterprises visited (对接企业) */
            enterprisesMet: number;
            /** @description Distinct enterprises whose latest visit found interest */
            interested: number;
            /** @description Distinct enterprises a visit signed or landed */
            signed: number;
            /** @description Distinct enterprises a visit landed */
            landed: number;
            /** @description Leads of the gap maps assigned */
            leads: number;
            /** @description Assigned leads that signed or landed */
            leadsAttracted: number;
        };
        SquadTallyAnswer: {
            region: components["schemas"]["NamedRef"] | null;
            chain: components["schemas"]["NamedRef"] | null;
            /** @description From the squads and visits in the graph */
            counted: components["schemas"]["SquadCounts"];
            /** @description A squad on several chains counts in each */
            perChain: {
                chain: components["schemas"]["NamedRef"];
                counts: components["schemas"]["SquadCounts"];
            }[];
            /** @description Totals as articles and reports state them, with their source */
            stated: components["schemas"]["SquadTallyStated"][];
        };
        SquadTallyStated: {
            id: string;
            title: string;
            region: components["schemas"]["NamedRef"] | null;
            chains: components["schemas"]["NamedRef"][];
            since: string | null;
            asOf: string | null;
            squads: number | null;
            trips: number | null;
            enterprisesMet: number | null;
            /** @description Stated as "more than" (200余家) */
            enterprisesMetAtLeast: boolean;
            signed: number | null;
            note: string;
            source: string | null;
        };
        SquadDetail: {
            id: string;
            name: string;
            formedOn: string | null;
            note: string;
            source: string | null;
            synthetic: boolean;
            region: components["schemas"]["NamedRef"] | null;
            chains: components["schemas"]["NamedRef"][];
            leader: components["schemas"]["NamedRef"] | null;
            members: components["schemas"]["NamedRef"][];
            memberCount: number;
            masked?: string[];
            leads: components["schemas"]["SquadLeadItem"][];
            counts: components["schemas"]["SquadCounts"];
            /** @description Newest first */
            visits: components["schemas"]["SquadVisitItem"][];
        };
        SquadVisitItem: {
            id: string;
            squad: components["schemas"]["NamedRef"];
            date: string;
            enterprise: components["schemas"]["NamedRef"];
            /** @enum {string} */
            outcome: "contacted" | "interested" | "signed" | "landed" | "declined";
            note: string;
            visitors: components["schemas"]["NamedRef"][];
            visitorCount: number;
            /** @description The squad’s lead this visit pursued; null: an enterprise met that is no lead */
            leadId: string | null;
            outcomeId: string | null;
            source: string | null;
            synthetic: boolean;
            masked?: string[];
        };
        MobileMember: {
            /** @description null when the role may not see party membership */
            personId: string | null;
            name: string;
            /** @description The membership organisation (MEMBER_OF), where the member is counted */
            membership: components["schemas"]["MemberOrg"] | null;
            /** @description Organisations of the workplace co-managing the member (MANAGED_BY) */
            managing: components["schemas"]["ManagingOrg"][];
            workplace: components["schemas"]["NamedRef"] | null;
            workplaceRegion: components["schemas"]["NamedRef"] | null;
            lastMove: components["schemas"]["MemberMoveItem"] | null;
            synthetic?: boolean;
            /** @description Fields hidden from the role */
            masked?: string[];
        };
        MemberOrg: {
            id: string;
            name: string;
            region: components["schemas"]["NamedRef"] | null;
        };
        ManagingOrg: {
            id: string;
            name: string;
            region: components["schemas"]["NamedRef"] | null;
            since: string | null;
        };
        MemberMoveItem: {
            id: string;
            date: string;
            /** @enum {string} */
            kind: "outflow" | "return" | "transfer";
            note: string;
            from: components["schemas"]["MovePlace"] | null;
            to: components["schemas"]["MovePlace"] | null;
            source: string | null;
            synthetic?: boolean;
        };
        MovePlace: {
            id: string;
            name: string;
            /** @enum {string} */
            kind: "PartyOrg" | "Region";
        };
        MemberRecord: {
            /** @description null when the role may not see party membership */
            personId: string | null;
            name: string;
            /** @description The membership organisation (MEMBER_OF), where the member is counted */
            membership: components["schemas"]["MemberOrg"] | null;
            /** @description Organisations of the workplace co-managing the member (MANAGED_BY) */
            managing: components["schemas"]["ManagingOrg"][];
            workplace: components["schemas"]["NamedRef"] | null;
            workplaceRegion: components["schemas"]["NamedRef"] | null;
            synthetic?: boolean;
            /** @description Fields hidden from the role */
            masked?: string[];
            membershipPath: components["schemas"]["OrgPath"];
            managingPaths: components["schemas"]["OrgPath"][];
            moves: components["schemas"]["MemberMoveItem"][];
        };
        OrgPath: components["schemas"]["NamedRef"][];
        ChiefView: {
            chain: {
                id: string;
                name: string;
            };
            asOf: string;
            regions: components["schemas"]["ChiefRegion"][];
        };
        ChiefRegion: {
            region: {
                id: string;
                name: string;
            };
            chiefs: {
                id: string;
                name: string;
                title: string | null;
            }[];
            gaps: components["schemas"]["ChiefGaps"];
            /** @description Open problems of the chain posted in the region, stalled first */
            problems: components["schemas"]["ChiefProblem"][];
            /** @description Open requests of the chain’s enterprises in the region, overdue first */
            requests: components["schemas"]["ChiefRequest"][];
            coverage: components["schemas"]["ChiefCoverage"];
        };
        ChiefGaps: {
            /** @constant */
            status: "ready";
            computedAt: string;
            /** @description Segments per status */
            counts: {
                [key: string]: number;
            };
            /** @description Missing segments first, then weak ones; most local demand first */
            gaps: {
                id: string;
                name: string;
                stage: string;
                status: components["schemas"]["SegmentStatus"];
                demand: number;
            }[];
            leads: {
                id: string;
                name: string;
                score: number;
                /** @description Names of the gaps it would fill */
                segments: string[];
            }[];
        } | {
            /** @constant */
            status: "computing";
            jobId: string | null;
        };
        ChiefProblem: {
            id: string;
            name: string;
            status: string;
            deadline: string | null;
            postedBy: string | null;
            /** @description Past its deadline, or unchanged for 30 days, and not yet accepted or closed */
            stalled: boolean;
        };
        ChiefRequest: {
            id: string;
            name: string;
            status: string;
            dueAt: string | null;
            raisedBy: string | null;
            overdue: boolean;
        };
        ChiefCoverage: {
            enterprises: number;
            covered: number;
            coverage: number;
            partyOrgs: number;
            instructors: number;
            pairings: number;
        };
        MeetingDraft: {
            chain: {
                id: string;
                name: string;
            };
            regionId: string | null;
            chiefId: string | null;
            agenda: components["schemas"]["AgendaItem"][];
        };
        AgendaItem: {
            rank: number;
            /** @enum {string} */
            topic: "gap" | "lead" | "overdue_request" | "stalled_problem";
            /** @enum {string} */
            sourceKind: "Segment" | "Enterprise" | "Request" | "Problem";
            sourceId: string;
            title: string;
            regionId: string | null;
        };
        JointMeetingItem: {
            id: string;
            title: string;
            date: string;
            note: string;
            synthetic: boolean;
            source: string | null;
            chain: {
                id: string;
                name: string;
            } | null;
            region: {
                id: string;
                name: string;
            } | null;
            chief: {
                id: string;
                name: string;
            } | null;
            attendees: {
                id: string;
                name: string;
                kind: string;
            }[];
            agenda: components["schemas"]["AgendaItem"][];
            decisions: components["schemas"]["DecisionItem"][];
        };
        DecisionItem: {
            id: string;
            text: string;
            owner: string;
            dueDate: string;
            /** @enum {string} */
            status: "open" | "in_progress" | "done" | "dropped";
            doneAt: string | null;
            overdue: boolean;
        };
        PledgeItem: {
            id: string;
            title: string;
            year: number;
            owner: string;
            dueDate: string | null;
            /** @enum {string} */
            status: "open" | "in_progress" | "done" | "dropped";
            target: string | null;
            targetYuan: number | null;
            progress: string;
            doneAt: string | null;
            overdue: boolean;
            source: string | null;
            synthetic: boolean;
            chain: {
                id: string;
                name: string;
            } | null;
            region: {
                id: string;
                name: string;
            } | null;
        };
        Job: {
            id: string;
            name: string;
            /** @enum {string} */
            state: "waiting" | "delayed" | "active" | "completed" | "failed";
            /** @description 0–100 */
            progress: number;
            attempts: number;
            /** @description What the job reported (an import’s report), once completed */
            result: {
                [key: string]: components["schemas"]["JsonValue"];
            } | null;
            error: string | null;
            createdAt: string;
            finishedAt: string | null;
        };
        JsonValue: JsonValue;
        SearchHit: {
            /** @enum {string} */
            kind: "Region" | "Chain" | "Segment" | "Enterprise" | "Institution" | "PartyOrg" | "Person" | "Work" | "Team" | "Problem" | "Request" | "Outcome" | "Department" | "TalentNeed" | "FinancingNeed" | "FinancialProduct" | "FinancingMeeting" | "ServiceResource" | "ActionProject" | "InvestmentSquad" | "SquadLead" | "SquadVisit" | "SquadTally" | "MemberMove" | "JointMeeting" | "MeetingDecision" | "Pledge";
            id: string;
            name: string;
            /**
             * @description Present (true) when the record is generated, e.g. the demo world’s surroundings; absent when real
             * @constant
             */
            synthetic?: true;
            /** @description 1 = exact, towards 0 = loosely related */
            score: number;
        };
        Resolution: {
            /** @constant */
            outcome: "match";
            id: string;
            name: string;
            /** @enum {string} */
            by: "uscc" | "name" | "core" | "fuzzy";
            similarity: number;
            /** @description Why: the place evidence and the margin */
            evidence?: string;
        } | {
            /** @constant */
            outcome: "ambiguous";
            candidates: components["schemas"]["NameCandidate"][];
        } | {
            /** @constant */
            outcome: "none";
            candidates: components["schemas"]["NameCandidate"][];
        };
        NameCandidate: {
            id: string;
            name: string;
            /** @description 1 = certain, 0 = unrelated */
            similarity: number;
            /** @description The name or alias it matched */
            matched: string;
        };
        Neighbourhood: {
            centre: components["schemas"]["GraphNode"];
            /** @description Its neighbours, at most limit, in a stable order */
            nodes: components["schemas"]["GraphNode"][];
            /** @description Every relationship between the centre and its neighbours, and among the neighbours, in its stored direction */
            relationships: components["schemas"]["GraphRelationship"][];
            /** @description It has more neighbours than limit */
            truncated: boolean;
            /** @description Neighbours left out because they lie outside the key’s region (masked ties are not counted: the count would tell them) */
            hidden: number;
            /** @description Relationship types left out for the role (MEMBER_OF: party membership) */
            masked: string[];
        };
        GraphNode: {
            /** @enum {string} */
            kind: "Region" | "Chain" | "Segment" | "Enterprise" | "Institution" | "PartyOrg" | "Person" | "Work" | "Team" | "Problem" | "Request" | "Outcome" | "Department" | "TalentNeed" | "FinancingNeed" | "FinancialProduct" | "FinancingMeeting" | "ServiceResource" | "ActionProject" | "InvestmentSquad" | "SquadLead" | "SquadVisit" | "SquadTally" | "MemberMove" | "JointMeeting" | "MeetingDecision" | "Pledge";
            id: string;
            name: string;
            /** @description Its properties; a person’s sensitive ones masked for the role */
            props: {
                [key: string]: components["schemas"]["PropertyValue"];
            };
        };
        PropertyValue: (string | number | boolean | null) | (string | number | boolean | null)[];
        GraphRelationship: {
            type: string;
            from: {
                /** @enum {string} */
                kind: "Region" | "Chain" | "Segment" | "Enterprise" | "Institution" | "PartyOrg" | "Person" | "Work" | "Team" | "Problem" | "Request" | "Outcome" | "Department" | "TalentNeed" | "FinancingNeed" | "FinancialProduct" | "FinancingMeeting" | "ServiceResource" | "ActionProject" | "InvestmentSquad" | "SquadLead" | "SquadVisit" | "SquadTally" | "MemberMove" | "JointMeeting" | "MeetingDecision" | "Pledge";
                id: string;
            };
            to: {
                /** @enum {string} */
                kind: "Region" | "Chain" | "Segment" | "Enterprise" | "Institution" | "PartyOrg" | "Person" | "Work" | "Team" | "Problem" | "Request" | "Outcome" | "Department" | "TalentNeed" | "FinancingNeed" | "FinancialProduct" | "FinancingMeeting" | "ServiceResource" | "ActionProject" | "InvestmentSquad" | "SquadLead" | "SquadVisit" | "SquadTally" | "MemberMove" | "JointMeeting" | "MeetingDecision" | "Pledge";
                id: string;
            };
            /** @description A tie without a direction (结对共建, PAIRED_WITH) */
            undirected: boolean;
            props: {
                [key: string]: components["schemas"]["PropertyValue"];
            };
        };
        ApiKey: {
            id: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "secretary" | "university" | "investment" | "viewer" | "responder";
            regionId: string | null;
            /** @description The person a responder key acts as */
            personId?: string;
            /** @description The department a responder key acts for (部门接单) */
            departmentId?: string;
            createdAt: string;
            revokedAt: string | null;
        };
        /** @description One write: who made it, when, and the record before and after (null when created or deleted) */
        AuditEntry: {
            id: string;
            at: string;
            keyId: string;
            /** @enum {string} */
            role: "admin" | "secretary" | "university" | "investment" | "viewer" | "responder";
            /** @description `POST /api/v1/enterprises`, `problem.claim` … */
            action: string;
            target: {
                kind: string;
                id: string;
            } | null;
            before: components["schemas"]["JsonValue"];
            after: components["schemas"]["JsonValue"];
            requestId: string | null;
        };
    };
    responses: {
        /** @description Bad input: the problem names each field and why */
        BadInput: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No API key, or not a valid one */
        Unauthorised: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The key’s role or region does not allow this */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests: wait as Retry-After says */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The graph store or Redis is unavailable: try again shortly */
        Unavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getRegions: {
        parameters: {
            query?: {
                /** @description Page size, 1–1000 */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Region"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getRegionsIdChains: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ChainPresence"][];
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getChains: {
        parameters: {
            query?: {
                /** @description Page size, 1–1000 */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Chain"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getChainsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainDetail"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getChainsIdMap: {
        parameters: {
            query: {
                /** @description The region whose map it is (a park, a district…) */
                region: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GapAnswer"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getChainsIdLeads: {
        parameters: {
            query: {
                /** @description The region whose map it is (a park, a district…) */
                region: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GapAnswer"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postChainsIdWhatIf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    region: string;
                    leadIds: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatIf"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getChainsIdExtension: {
        parameters: {
            query: {
                /** @description The region whose map it is (a park, a district…) */
                region: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainExtension"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getChainsIdMeetings: {
        parameters: {
            query: {
                /** @description The region whose map it is (a park, a district…) */
                region: string;
                perEnterprise?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingPlan"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getEnterprises: {
        parameters: {
            query?: {
                /** @description Page size, 1–1000 */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Only enterprises located in this region or one below it (a city: its parks) */
                region?: string;
                /** @description Only enterprises producing in this segment */
                segment?: string;
                /** @description Only enterprises with this qualification */
                tag?: "specialised_sme" | "little_giant" | "high_tech" | "above_scale" | "chain_master" | "listed" | "state_owned" | "专精特新" | "小巨人" | "高新技术企业" | "规上企业" | "链主企业" | "上市公司" | "国有企业" | "specialised SME" | "little giant" | "high-tech enterprise" | "above designated size" | "chain master" | "listed company" | "state-owned enterprise" | "链主" | "专精特新企业" | "专精特新中小企业" | "专精特新小巨人" | "小巨人企业" | "高新技术" | "高新企业" | "高企" | "规上" | "规模以上企业" | "上市" | "上市企业" | "国企" | "国有";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            source?: string;
                            synthetic?: boolean;
                            name: string;
                            /** @default [] */
                            aliases: string[];
                            uscc?: string;
                            /** @enum {string} */
                            scale?: "micro" | "small" | "medium" | "large";
                            /** @default [] */
                            tags: ("specialised_sme" | "little_giant" | "high_tech" | "above_scale" | "chain_master" | "listed" | "state_owned")[];
                            /** @default [] */
                            products: string[];
                            /** @default [] */
                            needs: string[];
                            /** @default  */
                            description: string;
                            lat?: number;
                            lng?: number;
                            industry?: string;
                            businessScope?: string;
                            address?: string;
                            founded?: string;
                            registeredCapital?: string;
                            registrationStatus?: string;
                            /** @enum {string} */
                            placementState?: "pending" | "decided";
                            placementCandidates?: string;
                            /** Format: date-time */
                            placementQueuedAt?: string;
                            /** Format: date-time */
                            placementDecidedAt?: string;
                            placementDecidedBy?: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            regionId: string | null;
                            /** @description The segments it produces in (IN_SEGMENT) */
                            segments: string[];
                            /** @description The segments it buys from (NEEDS) */
                            needsSegments: string[];
                            /** @description The chains of the segments it produces in, in the order of its segments */
                            chainIds: string[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postEnterprises: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    source?: string;
                    synthetic?: boolean;
                    name: string;
                    /** @default [] */
                    aliases?: string[];
                    uscc?: string;
                    /** @enum {string} */
                    scale?: "micro" | "small" | "medium" | "large";
                    tags?: ("specialised_sme" | "little_giant" | "high_tech" | "above_scale" | "chain_master" | "listed" | "state_owned" | "专精特新" | "小巨人" | "高新技术企业" | "规上企业" | "链主企业" | "上市公司" | "国有企业" | "specialised SME" | "little giant" | "high-tech enterprise" | "above designated size" | "chain master" | "listed company" | "state-owned enterprise" | "链主" | "专精特新企业" | "专精特新中小企业" | "专精特新小巨人" | "小巨人企业" | "高新技术" | "高新企业" | "高企" | "规上" | "规模以上企业" | "上市" | "上市企业" | "国企" | "国有")[];
                    /** @default [] */
                    products?: string[];
                    /** @default [] */
                    needs?: string[];
                    /** @default  */
                    description?: string;
                    lat?: number;
                    lng?: number;
                    industry?: string;
                    businessScope?: string;
                    address?: string;
                    founded?: string;
                    registeredCapital?: string;
                    registrationStatus?: string;
                    /** @enum {string} */
                    placementState?: "pending" | "decided";
                    placementCandidates?: string;
                    /** Format: date-time */
                    placementQueuedAt?: string;
                    /** Format: date-time */
                    placementDecidedAt?: string;
                    placementDecidedBy?: string;
                    regionId?: string;
                    /** @default [] */
                    segments?: string[];
                    /** @default [] */
                    needsSegments?: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        name: string;
                        /** @default [] */
                        aliases: string[];
                        uscc?: string;
                        /** @enum {string} */
                        scale?: "micro" | "small" | "medium" | "large";
                        /** @default [] */
                        tags: ("specialised_sme" | "little_giant" | "high_tech" | "above_scale" | "chain_master" | "listed" | "state_owned")[];
                        /** @default [] */
                        products: string[];
                        /** @default [] */
                        needs: string[];
                        /** @default  */
                        description: string;
                        lat?: number;
                        lng?: number;
                        industry?: string;
                        businessScope?: string;
                        address?: string;
                        founded?: string;
                        registeredCapital?: string;
                        registrationStatus?: string;
                        /** @enum {string} */
                        placementState?: "pending" | "decided";
                        placementCandidates?: string;
                        /** Format: date-time */
                        placementQueuedAt?: string;
                        /** Format: date-time */
                        placementDecidedAt?: string;
                        placementDecidedBy?: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        regionId: string | null;
                        /** @description The segments it produces in (IN_SEGMENT) */
                        segments: string[];
                        /** @description The segments it buys from (NEEDS) */
                        needsSegments: string[];
                        /** @description The chains of the segments it produces in, in the order of its segments */
                        chainIds: string[];
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getEnterprisesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        name: string;
                        /** @default [] */
                        aliases: string[];
                        uscc?: string;
                        /** @enum {string} */
                        scale?: "micro" | "small" | "medium" | "large";
                        /** @default [] */
                        tags: ("specialised_sme" | "little_giant" | "high_tech" | "above_scale" | "chain_master" | "listed" | "state_owned")[];
                        /** @default [] */
                        products: string[];
                        /** @default [] */
                        needs: string[];
                        /** @default  */
                        description: string;
                        lat?: number;
                        lng?: number;
                        industry?: string;
                        businessScope?: string;
                        address?: string;
                        founded?: string;
                        registeredCapital?: string;
                        registrationStatus?: string;
                        /** @enum {string} */
                        placementState?: "pending" | "decided";
                        placementCandidates?: string;
                        /** Format: date-time */
                        placementQueuedAt?: string;
                        /** Format: date-time */
                        placementDecidedAt?: string;
                        placementDecidedBy?: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        regionId: string | null;
                        /** @description The segments it produces in (IN_SEGMENT) */
                        segments: string[];
                        /** @description The segments it buys from (NEEDS) */
                        needsSegments: string[];
                        /** @description The chains of the segments it produces in, in the order of its segments */
                        chainIds: string[];
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    putEnterprisesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    source?: string;
                    synthetic?: boolean;
                    name: string;
                    /** @default [] */
                    aliases?: string[];
                    uscc?: string;
                    /** @enum {string} */
                    scale?: "micro" | "small" | "medium" | "large";
                    tags?: ("specialised_sme" | "little_giant" | "high_tech" | "above_scale" | "chain_master" | "listed" | "state_owned" | "专精特新" | "小巨人" | "高新技术企业" | "规上企业" | "链主企业" | "上市公司" | "国有企业" | "specialised SME" | "little giant" | "high-tech enterprise" | "above designated size" | "chain master" | "listed company" | "state-owned enterprise" | "链主" | "专精特新企业" | "专精特新中小企业" | "专精特新小巨人" | "小巨人企业" | "高新技术" | "高新企业" | "高企" | "规上" | "规模以上企业" | "上市" | "上市企业" | "国企" | "国有")[];
                    /** @default [] */
                    products?: string[];
                    /** @default [] */
                    needs?: string[];
                    /** @default  */
                    description?: string;
                    lat?: number;
                    lng?: number;
                    industry?: string;
                    businessScope?: string;
                    address?: string;
                    founded?: string;
                    registeredCapital?: string;
                    registrationStatus?: string;
                    /** @enum {string} */
                    placementState?: "pending" | "decided";
                    placementCandidates?: string;
                    /** Format: date-time */
                    placementQueuedAt?: string;
                    /** Format: date-time */
                    placementDecidedAt?: string;
                    placementDecidedBy?: string;
                    regionId?: string;
                    /** @default [] */
                    segments?: string[];
                    /** @default [] */
                    needsSegments?: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        name: string;
                        /** @default [] */
                        aliases: string[];
                        uscc?: string;
                        /** @enum {string} */
                        scale?: "micro" | "small" | "medium" | "large";
                        /** @default [] */
                        tags: ("specialised_sme" | "little_giant" | "high_tech" | "above_scale" | "chain_master" | "listed" | "state_owned")[];
                        /** @default [] */
                        products: string[];
                        /** @default [] */
                        needs: string[];
                        /** @default  */
                        description: string;
                        lat?: number;
                        lng?: number;
                        industry?: string;
                        businessScope?: string;
                        address?: string;
                        founded?: string;
                        registeredCapital?: string;
                        registrationStatus?: string;
                        /** @enum {string} */
                        placementState?: "pending" | "decided";
                        placementCandidates?: string;
                        /** Format: date-time */
                        placementQueuedAt?: string;
                        /** Format: date-time */
                        placementDecidedAt?: string;
                        placementDecidedBy?: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        regionId: string | null;
                        /** @description The segments it produces in (IN_SEGMENT) */
                        segments: string[];
                        /** @description The segments it buys from (NEEDS) */
                        needsSegments: string[];
                        /** @description The chains of the segments it produces in, in the order of its segments */
                        chainIds: string[];
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteEnterprisesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPlacementsReview: {
        parameters: {
            query?: {
                /** @description Only enterprises in this region or a region below it */
                regionId?: string;
                /** @description Only enterprises with a candidate segment of this chain */
                chainId?: string;
                /** @description Page size, 1–200 */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            enterpriseId: string;
                            enterpriseName: string;
                            regionId: string | null;
                            /** @description Segments it may belong to, best first */
                            candidates: {
                                segmentId: string;
                                segmentName: string;
                                chainId: string;
                                chainName: string;
                                /** @description In [0, 1]; placed without review from the stated threshold up */
                                confidence: number;
                                /** @description What the classifier read, in Chinese: 经营范围含「正极材料」, 行业 3841 … */
                                evidence: string[];
                            }[];
                            /** @description When the import that left it for review ran */
                            importedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postPlacementsDecisions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    decisions: {
                        enterpriseId: string;
                        /** @description The segments it belongs to, replacing those it had; empty: none of the chains’ segments fit */
                        segmentIds: string[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Enterprises decided */
                        decided: number;
                        /** @description Of those, enterprises placed in at least one segment (not none fit) */
                        placed: number;
                        /** @description Ids of decisions not written: enterprises or segments not in the graph, enterprises not the key’s */
                        unknown: string[];
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getEnterprisesIdPartners: {
        parameters: {
            query: {
                /** @description upstream: who could supply it; downstream: who could buy from it */
                direction: "upstream" | "downstream";
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateList"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getInstitutions: {
        parameters: {
            query?: {
                /** @description Page size, 1–1000 */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            source?: string;
                            synthetic?: boolean;
                            name: string;
                            /** @enum {string} */
                            kind: "university" | "lab" | "institute" | "other";
                            /** @default [] */
                            aliases: string[];
                            /** @default  */
                            description: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postInstitutions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    source?: string;
                    synthetic?: boolean;
                    name: string;
                    /** @enum {string} */
                    kind: "university" | "lab" | "institute" | "other";
                    /** @default [] */
                    aliases?: string[];
                    /** @default  */
                    description?: string;
                    regionId?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        name: string;
                        /** @enum {string} */
                        kind: "university" | "lab" | "institute" | "other";
                        /** @default [] */
                        aliases: string[];
                        /** @default  */
                        description: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getInstitutionsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        name: string;
                        /** @enum {string} */
                        kind: "university" | "lab" | "institute" | "other";
                        /** @default [] */
                        aliases: string[];
                        /** @default  */
                        description: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPartyOrgs: {
        parameters: {
            query?: {
                /** @description Page size, 1–1000 */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            source?: string;
                            synthetic?: boolean;
                            name: string;
                            /** @enum {string} */
                            kind: "working_committee" | "committee" | "general_branch" | "branch" | "joint_branch" | "chain_committee" | "chain_branch";
                            /** @default [] */
                            aliases: string[];
                            members?: number;
                            /** @default  */
                            description: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postPartyOrgs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    source?: string;
                    synthetic?: boolean;
                    name: string;
                    /** @enum {string} */
                    kind: "working_committee" | "committee" | "general_branch" | "branch" | "joint_branch" | "chain_committee" | "chain_branch";
                    /** @default [] */
                    aliases?: string[];
                    members?: number;
                    /** @default  */
                    description?: string;
                    parentId?: string;
                    regionId?: string;
                    /** @default [] */
                    chainIds?: string[];
                    /** @default [] */
                    covers?: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        name: string;
                        /** @enum {string} */
                        kind: "working_committee" | "committee" | "general_branch" | "branch" | "joint_branch" | "chain_committee" | "chain_branch";
                        /** @default [] */
                        aliases: string[];
                        members?: number;
                        /** @default  */
                        description: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPartyOrgsCoverage: {
        parameters: {
            query?: {
                /** @description Only enterprises located in this region or below */
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        chains: components["schemas"]["ChainCoverage"][];
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPartyOrgsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        name: string;
                        /** @enum {string} */
                        kind: "working_committee" | "committee" | "general_branch" | "branch" | "joint_branch" | "chain_committee" | "chain_branch";
                        /** @default [] */
                        aliases: string[];
                        members?: number;
                        /** @default  */
                        description: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        pairings: {
                            /** @description The other organisation */
                            with: string;
                            /**
                             * @default co_building
                             * @enum {string}
                             */
                            kind: "co_building" | "joint_building" | "school_local" | "other";
                            since?: string;
                            source?: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postPartyOrgsPairings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    a: string;
                    b: string;
                    /**
                     * @default co_building
                     * @enum {string}
                     */
                    kind?: "co_building" | "joint_building" | "school_local" | "other";
                    since?: string;
                    source?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        a: string;
                        b: string;
                        /**
                         * @default co_building
                         * @enum {string}
                         */
                        kind: "co_building" | "joint_building" | "school_local" | "other";
                        since?: string;
                        source?: string;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getProblems: {
        parameters: {
            query?: {
                /** @description Page size, 1–1000 */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                status?: "draft" | "published" | "claimed" | "in_progress" | "accepted" | "closed";
                /** @description Only problems about a segment of this chain */
                chain?: string;
                /** @description Only problems posted by an enterprise or institution in this region or below it */
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            source?: string;
                            synthetic?: boolean;
                            title: string;
                            /** @default  */
                            description: string;
                            /** @default [] */
                            skills: string[];
                            /**
                             * @default published
                             * @enum {string}
                             */
                            status: "draft" | "published" | "claimed" | "in_progress" | "accepted" | "closed";
                            /** @default 5 */
                            teamSize: number;
                            deadline?: string;
                            bounty?: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description The segments it is about (ABOUT) */
                            segmentIds: string[];
                            /** @description The chains of those segments */
                            chainIds: string[];
                            /** @description The enterprise or institution that posted it (发榜单位), when known */
                            postedBy: {
                                /** @enum {string} */
                                kind: "Enterprise" | "Institution";
                                id: string;
                                name: string;
                            } | null;
                            /** @description Where the poster is located */
                            regionId: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postProblems: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    source?: string;
                    synthetic?: boolean;
                    title: string;
                    /** @default  */
                    description?: string;
                    /** @default [] */
                    skills?: string[];
                    /**
                     * @default published
                     * @enum {string}
                     */
                    status?: "draft" | "published" | "claimed" | "in_progress" | "accepted" | "closed";
                    /** @default 5 */
                    teamSize?: number;
                    deadline?: string;
                    bounty?: number;
                    postedBy?: string;
                    /** @default [] */
                    segments?: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        title: string;
                        /** @default  */
                        description: string;
                        /** @default [] */
                        skills: string[];
                        /**
                         * @default published
                         * @enum {string}
                         */
                        status: "draft" | "published" | "claimed" | "in_progress" | "accepted" | "closed";
                        /** @default 5 */
                        teamSize: number;
                        deadline?: string;
                        bounty?: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getProblemsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        title: string;
                        /** @default  */
                        description: string;
                        /** @default [] */
                        skills: string[];
                        /**
                         * @default published
                         * @enum {string}
                         */
                        status: "draft" | "published" | "claimed" | "in_progress" | "accepted" | "closed";
                        /** @default 5 */
                        teamSize: number;
                        deadline?: string;
                        bounty?: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postProblemsIdTransitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    to: "published" | "claimed" | "in_progress" | "accepted" | "closed";
                    /** @description The team that claims it (揭榜); required for claimed */
                    teamId?: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        title: string;
                        /** @default  */
                        description: string;
                        /** @default [] */
                        skills: string[];
                        /**
                         * @default published
                         * @enum {string}
                         */
                        status: "draft" | "published" | "claimed" | "in_progress" | "accepted" | "closed";
                        /** @default 5 */
                        teamSize: number;
                        deadline?: string;
                        bounty?: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getProblemsIdHistory: {
        parameters: {
            query?: {
                /** @description Page size, 1–1000 */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            at: string;
                            /** @description The key that took it */
                            by: string;
                            role: string;
                            /** @description problem.create, problem.published, problem.claimed… */
                            action: string;
                            note: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getProblemsIdCandidates: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        experts: components["schemas"]["CandidateList"];
                        institutions: components["schemas"]["CandidateList"];
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getProblemsIdConsortium: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consortium"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        problems: components["schemas"]["AssignedProblem"][];
                        seats: number;
                        filled: number;
                        totalAffinity: number;
                        /** @constant */
                        status: "ready";
                        /** @description When it was computed (the latest stored run) */
                        computedAt: string;
                        runId: string;
                    } | {
                        /** @constant */
                        status: "computing";
                        /** @description Follow it at /api/v1/jobs/{jobId} */
                        jobId: string;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPeopleId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        name: string;
                        title?: string;
                        /** @default [] */
                        skills: string[];
                        /** @default  */
                        bio: string;
                        /** @description null when the role may not see it */
                        partyMember: boolean | null;
                        /** @default 3 */
                        maxLoad: number;
                        phone?: string;
                        /** Format: email */
                        email?: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description The fields hidden from the role */
                        masked?: string[];
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPeople: {
        parameters: {
            query?: {
                /** @description Page size, 1–1000 */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            source?: string;
                            synthetic?: boolean;
                            name: string;
                            title?: string;
                            /** @default [] */
                            skills: string[];
                            /** @default  */
                            bio: string;
                            /** @description null when the role may not see it */
                            partyMember: boolean | null;
                            /** @default 3 */
                            maxLoad: number;
                            phone?: string;
                            /** Format: email */
                            email?: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description The fields hidden from the role */
                            masked?: string[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postPeople: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    source?: string;
                    synthetic?: boolean;
                    name: string;
                    title?: string;
                    /** @default [] */
                    skills?: string[];
                    /** @default  */
                    bio?: string;
                    /** @default false */
                    partyMember?: boolean;
                    /** @default 3 */
                    maxLoad?: number;
                    phone?: string;
                    /** Format: email */
                    email?: string;
                    /** @default [] */
                    worksAt?: {
                        orgId: string;
                        position?: string;
                    }[];
                    /** @default [] */
                    memberOf?: string[];
                    /** @default [] */
                    instructs?: string[];
                    /** @default [] */
                    secretaryOf?: string[];
                    /** @default [] */
                    chiefOf?: {
                        chainId: string;
                        regionId: string;
                    }[];
                    /** @default [] */
                    managedBy?: {
                        orgId: string;
                        since?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        name: string;
                        title?: string;
                        /** @default [] */
                        skills: string[];
                        /** @default  */
                        bio: string;
                        /** @description null when the role may not see it */
                        partyMember: boolean | null;
                        /** @default 3 */
                        maxLoad: number;
                        phone?: string;
                        /** Format: email */
                        email?: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description The fields hidden from the role */
                        masked?: string[];
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPeopleIdProblems: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ProblemFit"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getTeams: {
        parameters: {
            query?: {
                /** @description Page size, 1–1000 */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Only teams of this kind */
                kind?: "consortium" | "commando" | "vanguard" | "other";
                /** @description Only the teams tackling this problem (TACKLES) */
                problem?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            source?: string;
                            synthetic?: boolean;
                            name: string;
                            /** @enum {string} */
                            kind: "consortium" | "commando" | "vanguard" | "other";
                            /** @default  */
                            description: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description People in the team (IN_TEAM) */
                            memberCount: number;
                            /** @description The problems it tackles (TACKLES) */
                            problemIds: string[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postTeams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    source?: string;
                    synthetic?: boolean;
                    name: string;
                    /** @enum {string} */
                    kind: "consortium" | "commando" | "vanguard" | "other";
                    /** @default  */
                    description?: string;
                    /** @description The problem it tackles (TACKLES); the team is listed among its teams */
                    problemId?: string;
                    /** @description The people in it (IN_TEAM) */
                    memberIds: string[];
                    /** @description Who leads it: one of memberIds */
                    leaderId?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        name: string;
                        /** @enum {string} */
                        kind: "consortium" | "commando" | "vanguard" | "other";
                        /** @default  */
                        description: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description People in the team (IN_TEAM) */
                        memberCount: number;
                        /** @description The problems it tackles (TACKLES) */
                        problemIds: string[];
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getTeamsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        name: string;
                        /** @enum {string} */
                        kind: "consortium" | "commando" | "vanguard" | "other";
                        /** @default  */
                        description: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description People in the team (IN_TEAM) */
                        memberCount: number;
                        /** @description The problems it tackles (TACKLES) */
                        problemIds: string[];
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postTeamsIdMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description People joining it (IN_TEAM)
                     * @default []
                     */
                    add?: string[];
                    /**
                     * @description People leaving it
                     * @default []
                     */
                    remove?: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        name: string;
                        /** @enum {string} */
                        kind: "consortium" | "commando" | "vanguard" | "other";
                        /** @default  */
                        description: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description People in the team (IN_TEAM) */
                        memberCount: number;
                        /** @description The problems it tackles (TACKLES) */
                        problemIds: string[];
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getRequests: {
        parameters: {
            query?: {
                /** @description Page size, 1–1000 */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                status?: "raised" | "dispatched" | "accepted" | "resolved" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            source?: string;
                            synthetic?: boolean;
                            /** @enum {string} */
                            kind: "policy" | "financing" | "talent" | "technology" | "market" | "land" | "approval" | "safety" | "other";
                            title: string;
                            /** @default  */
                            description: string;
                            /**
                             * @default raised
                             * @enum {string}
                             */
                            status: "raised" | "dispatched" | "accepted" | "resolved" | "closed";
                            /** Format: date-time */
                            raisedAt?: string;
                            /** Format: date-time */
                            dueAt?: string;
                            /** @default 0 */
                            escalations: number;
                            /** Format: date-time */
                            escalatedAt?: string;
                            /** Format: date-time */
                            escalationNotifiedAt?: string;
                            feedbackRating?: number;
                            feedbackNote?: string;
                            enterprisesReached?: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description The enterprise that raised it */
                            raisedBy: string | null;
                            raisedByName: string | null;
                            /** @description The responder it is dispatched to (a person) */
                            assignedTo: string | null;
                            assignedToName: string | null;
                            /** @description For a park-wide action no one enterprise raised: the region it lies in */
                            regionId: string | null;
                            regionName: string | null;
                            /** @description Still open (raised, dispatched or accepted) and past its due date */
                            overdue: boolean;
                            /** @description The departments called to it (派单到部门, 吹哨) and their parts */
                            departments: {
                                departmentId: string;
                                departmentName: string;
                                /** @enum {string} */
                                status: "called" | "accepted" | "reported" | "closed";
                                /** Format: date-time */
                                calledAt?: string;
                                /** Format: date-time */
                                acceptedAt?: string;
                                /** Format: date-time */
                                reportedAt?: string;
                                /** Format: date-time */
                                closedAt?: string;
                                note?: string;
                            }[];
                            /** @description 吹哨报到: who has reported and who has not; null when no department was called */
                            whistle: {
                                called: number;
                                reported: number;
                                /** @description Every called department has reported (报到): the request may then be resolved */
                                complete: boolean;
                                /** @description The names of the departments that have not reported yet */
                                waitingFor: string[];
                            } | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postRequests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    source?: string;
                    synthetic?: boolean;
                    /** @enum {string} */
                    kind: "policy" | "financing" | "talent" | "technology" | "market" | "land" | "approval" | "safety" | "other";
                    title: string;
                    /** @default  */
                    description?: string;
                    /** Format: date-time */
                    raisedAt?: string;
                    /** Format: date-time */
                    dueAt?: string;
                    /** Format: date-time */
                    escalationNotifiedAt?: string;
                    feedbackRating?: number;
                    feedbackNote?: string;
                    enterprisesReached?: number;
                    raisedBy: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        /** @enum {string} */
                        kind: "policy" | "financing" | "talent" | "technology" | "market" | "land" | "approval" | "safety" | "other";
                        title: string;
                        /** @default  */
                        description: string;
                        /**
                         * @default raised
                         * @enum {string}
                         */
                        status: "raised" | "dispatched" | "accepted" | "resolved" | "closed";
                        /** Format: date-time */
                        raisedAt?: string;
                        /** Format: date-time */
                        dueAt?: string;
                        /** @default 0 */
                        escalations: number;
                        /** Format: date-time */
                        escalatedAt?: string;
                        /** Format: date-time */
                        escalationNotifiedAt?: string;
                        feedbackRating?: number;
                        feedbackNote?: string;
                        enterprisesReached?: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description The enterprise that raised it */
                        raisedBy: string | null;
                        raisedByName: string | null;
                        /** @description The responder it is dispatched to (a person) */
                        assignedTo: string | null;
                        assignedToName: string | null;
                        /** @description For a park-wide action no one enterprise raised: the region it lies in */
                        regionId: string | null;
                        regionName: string | null;
                        /** @description Still open (raised, dispatched or accepted) and past its due date */
                        overdue: boolean;
                        /** @description The departments called to it (派单到部门, 吹哨) and their parts */
                        departments: {
                            departmentId: string;
                            departmentName: string;
                            /** @enum {string} */
                            status: "called" | "accepted" | "reported" | "closed";
                            /** Format: date-time */
                            calledAt?: string;
                            /** Format: date-time */
                            acceptedAt?: string;
                            /** Format: date-time */
                            reportedAt?: string;
                            /** Format: date-time */
                            closedAt?: string;
                            note?: string;
                        }[];
                        /** @description 吹哨报到: who has reported and who has not; null when no department was called */
                        whistle: {
                            called: number;
                            reported: number;
                            /** @description Every called department has reported (报到): the request may then be resolved */
                            complete: boolean;
                            /** @description The names of the departments that have not reported yet */
                            waitingFor: string[];
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getRequestsEscalated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Open requests escalated past their due date, in the caller’s region */
                        total: number;
                        /** @description The newest escalations first, at most 200 */
                        items: {
                            id: string;
                            source?: string;
                            synthetic?: boolean;
                            /** @enum {string} */
                            kind: "policy" | "financing" | "talent" | "technology" | "market" | "land" | "approval" | "safety" | "other";
                            title: string;
                            /** @default  */
                            description: string;
                            /**
                             * @default raised
                             * @enum {string}
                             */
                            status: "raised" | "dispatched" | "accepted" | "resolved" | "closed";
                            /** Format: date-time */
                            raisedAt?: string;
                            /** Format: date-time */
                            dueAt?: string;
                            /** @default 0 */
                            escalations: number;
                            /** Format: date-time */
                            escalatedAt?: string;
                            /** Format: date-time */
                            escalationNotifiedAt?: string;
                            feedbackRating?: number;
                            feedbackNote?: string;
                            enterprisesReached?: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description The enterprise that raised it */
                            raisedBy: string | null;
                            raisedByName: string | null;
                            /** @description The responder it is dispatched to (a person) */
                            assignedTo: string | null;
                            assignedToName: string | null;
                            /** @description For a park-wide action no one enterprise raised: the region it lies in */
                            regionId: string | null;
                            regionName: string | null;
                            /** @description Still open (raised, dispatched or accepted) and past its due date */
                            overdue: boolean;
                            /** @description The departments called to it (派单到部门, 吹哨) and their parts */
                            departments: {
                                departmentId: string;
                                departmentName: string;
                                /** @enum {string} */
                                status: "called" | "accepted" | "reported" | "closed";
                                /** Format: date-time */
                                calledAt?: string;
                                /** Format: date-time */
                                acceptedAt?: string;
                                /** Format: date-time */
                                reportedAt?: string;
                                /** Format: date-time */
                                closedAt?: string;
                                note?: string;
                            }[];
                            /** @description 吹哨报到: who has reported and who has not; null when no department was called */
                            whistle: {
                                called: number;
                                reported: number;
                                /** @description Every called department has reported (报到): the request may then be resolved */
                                complete: boolean;
                                /** @description The names of the departments that have not reported yet */
                                waitingFor: string[];
                            } | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getRequestsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        /** @enum {string} */
                        kind: "policy" | "financing" | "talent" | "technology" | "market" | "land" | "approval" | "safety" | "other";
                        title: string;
                        /** @default  */
                        description: string;
                        /**
                         * @default raised
                         * @enum {string}
                         */
                        status: "raised" | "dispatched" | "accepted" | "resolved" | "closed";
                        /** Format: date-time */
                        raisedAt?: string;
                        /** Format: date-time */
                        dueAt?: string;
                        /** @default 0 */
                        escalations: number;
                        /** Format: date-time */
                        escalatedAt?: string;
                        /** Format: date-time */
                        escalationNotifiedAt?: string;
                        feedbackRating?: number;
                        feedbackNote?: string;
                        enterprisesReached?: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description The enterprise that raised it */
                        raisedBy: string | null;
                        raisedByName: string | null;
                        /** @description The responder it is dispatched to (a person) */
                        assignedTo: string | null;
                        assignedToName: string | null;
                        /** @description For a park-wide action no one enterprise raised: the region it lies in */
                        regionId: string | null;
                        regionName: string | null;
                        /** @description Still open (raised, dispatched or accepted) and past its due date */
                        overdue: boolean;
                        /** @description The departments called to it (派单到部门, 吹哨) and their parts */
                        departments: {
                            departmentId: string;
                            departmentName: string;
                            /** @enum {string} */
                            status: "called" | "accepted" | "reported" | "closed";
                            /** Format: date-time */
                            calledAt?: string;
                            /** Format: date-time */
                            acceptedAt?: string;
                            /** Format: date-time */
                            reportedAt?: string;
                            /** Format: date-time */
                            closedAt?: string;
                            note?: string;
                        }[];
                        /** @description 吹哨报到: who has reported and who has not; null when no department was called */
                        whistle: {
                            called: number;
                            reported: number;
                            /** @description Every called department has reported (报到): the request may then be resolved */
                            complete: boolean;
                            /** @description The names of the departments that have not reported yet */
                            waitingFor: string[];
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postRequestsIdTransitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    to: "dispatched" | "accepted" | "resolved" | "closed";
                    /** @description The responder (a person); required for dispatched */
                    assignee?: string;
                    /**
                     * Format: date-time
                     * @description A new due date
                     */
                    dueAt?: string;
                    /** @description The enterprise’s satisfaction, 1–5; for closed */
                    rating?: number;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        /** @enum {string} */
                        kind: "policy" | "financing" | "talent" | "technology" | "market" | "land" | "approval" | "safety" | "other";
                        title: string;
                        /** @default  */
                        description: string;
                        /**
                         * @default raised
                         * @enum {string}
                         */
                        status: "raised" | "dispatched" | "accepted" | "resolved" | "closed";
                        /** Format: date-time */
                        raisedAt?: string;
                        /** Format: date-time */
                        dueAt?: string;
                        /** @default 0 */
                        escalations: number;
                        /** Format: date-time */
                        escalatedAt?: string;
                        /** Format: date-time */
                        escalationNotifiedAt?: string;
                        feedbackRating?: number;
                        feedbackNote?: string;
                        enterprisesReached?: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description The enterprise that raised it */
                        raisedBy: string | null;
                        raisedByName: string | null;
                        /** @description The responder it is dispatched to (a person) */
                        assignedTo: string | null;
                        assignedToName: string | null;
                        /** @description For a park-wide action no one enterprise raised: the region it lies in */
                        regionId: string | null;
                        regionName: string | null;
                        /** @description Still open (raised, dispatched or accepted) and past its due date */
                        overdue: boolean;
                        /** @description The departments called to it (派单到部门, 吹哨) and their parts */
                        departments: {
                            departmentId: string;
                            departmentName: string;
                            /** @enum {string} */
                            status: "called" | "accepted" | "reported" | "closed";
                            /** Format: date-time */
                            calledAt?: string;
                            /** Format: date-time */
                            acceptedAt?: string;
                            /** Format: date-time */
                            reportedAt?: string;
                            /** Format: date-time */
                            closedAt?: string;
                            note?: string;
                        }[];
                        /** @description 吹哨报到: who has reported and who has not; null when no department was called */
                        whistle: {
                            called: number;
                            reported: number;
                            /** @description Every called department has reported (报到): the request may then be resolved */
                            complete: boolean;
                            /** @description The names of the departments that have not reported yet */
                            waitingFor: string[];
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postRequestsIdWhistle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The departments called */
                    departments: string[];
                    /** @description What they are called for */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        /** @enum {string} */
                        kind: "policy" | "financing" | "talent" | "technology" | "market" | "land" | "approval" | "safety" | "other";
                        title: string;
                        /** @default  */
                        description: string;
                        /**
                         * @default raised
                         * @enum {string}
                         */
                        status: "raised" | "dispatched" | "accepted" | "resolved" | "closed";
                        /** Format: date-time */
                        raisedAt?: string;
                        /** Format: date-time */
                        dueAt?: string;
                        /** @default 0 */
                        escalations: number;
                        /** Format: date-time */
                        escalatedAt?: string;
                        /** Format: date-time */
                        escalationNotifiedAt?: string;
                        feedbackRating?: number;
                        feedbackNote?: string;
                        enterprisesReached?: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description The enterprise that raised it */
                        raisedBy: string | null;
                        raisedByName: string | null;
                        /** @description The responder it is dispatched to (a person) */
                        assignedTo: string | null;
                        assignedToName: string | null;
                        /** @description For a park-wide action no one enterprise raised: the region it lies in */
                        regionId: string | null;
                        regionName: string | null;
                        /** @description Still open (raised, dispatched or accepted) and past its due date */
                        overdue: boolean;
                        /** @description The departments called to it (派单到部门, 吹哨) and their parts */
                        departments: {
                            departmentId: string;
                            departmentName: string;
                            /** @enum {string} */
                            status: "called" | "accepted" | "reported" | "closed";
                            /** Format: date-time */
                            calledAt?: string;
                            /** Format: date-time */
                            acceptedAt?: string;
                            /** Format: date-time */
                            reportedAt?: string;
                            /** Format: date-time */
                            closedAt?: string;
                            note?: string;
                        }[];
                        /** @description 吹哨报到: who has reported and who has not; null when no department was called */
                        whistle: {
                            called: number;
                            reported: number;
                            /** @description Every called department has reported (报到): the request may then be resolved */
                            complete: boolean;
                            /** @description The names of the departments that have not reported yet */
                            waitingFor: string[];
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postRequestsIdDepartmentsDepartmentId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                departmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    to: "accepted" | "reported" | "closed";
                    /** @description What it did */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        /** @enum {string} */
                        kind: "policy" | "financing" | "talent" | "technology" | "market" | "land" | "approval" | "safety" | "other";
                        title: string;
                        /** @default  */
                        description: string;
                        /**
                         * @default raised
                         * @enum {string}
                         */
                        status: "raised" | "dispatched" | "accepted" | "resolved" | "closed";
                        /** Format: date-time */
                        raisedAt?: string;
                        /** Format: date-time */
                        dueAt?: string;
                        /** @default 0 */
                        escalations: number;
                        /** Format: date-time */
                        escalatedAt?: string;
                        /** Format: date-time */
                        escalationNotifiedAt?: string;
                        feedbackRating?: number;
                        feedbackNote?: string;
                        enterprisesReached?: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description The enterprise that raised it */
                        raisedBy: string | null;
                        raisedByName: string | null;
                        /** @description The responder it is dispatched to (a person) */
                        assignedTo: string | null;
                        assignedToName: string | null;
                        /** @description For a park-wide action no one enterprise raised: the region it lies in */
                        regionId: string | null;
                        regionName: string | null;
                        /** @description Still open (raised, dispatched or accepted) and past its due date */
                        overdue: boolean;
                        /** @description The departments called to it (派单到部门, 吹哨) and their parts */
                        departments: {
                            departmentId: string;
                            departmentName: string;
                            /** @enum {string} */
                            status: "called" | "accepted" | "reported" | "closed";
                            /** Format: date-time */
                            calledAt?: string;
                            /** Format: date-time */
                            acceptedAt?: string;
                            /** Format: date-time */
                            reportedAt?: string;
                            /** Format: date-time */
                            closedAt?: string;
                            note?: string;
                        }[];
                        /** @description 吹哨报到: who has reported and who has not; null when no department was called */
                        whistle: {
                            called: number;
                            reported: number;
                            /** @description Every called department has reported (报到): the request may then be resolved */
                            complete: boolean;
                            /** @description The names of the departments that have not reported yet */
                            waitingFor: string[];
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getRequestsIdResponders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        request: {
                            id: string;
                            title: string;
                            /** @enum {string} */
                            kind: "policy" | "financing" | "talent" | "technology" | "market" | "land" | "approval" | "safety" | "other";
                        };
                        responders: components["schemas"]["Responder"][];
                        /** @default [] */
                        departments: components["schemas"]["DepartmentResponder"][];
                        /** @constant */
                        status: "ready";
                        /** @description When it was computed (the latest stored run) */
                        computedAt: string;
                        runId: string;
                    } | {
                        /** @constant */
                        status: "computing";
                        /** @description Follow it at /api/v1/jobs/{jobId} */
                        jobId: string;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getDepartments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            source?: string;
                            synthetic?: boolean;
                            name: string;
                            /** @default [] */
                            aliases: string[];
                            /** @default [] */
                            remit: ("policy" | "financing" | "talent" | "technology" | "market" | "land" | "approval" | "safety" | "other")[];
                            /** @default [] */
                            topics: string[];
                            /** @default  */
                            description: string;
                            /** @default 20 */
                            maxLoad: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            regionId: string | null;
                            regionName: string | null;
                            /** @description People who work at it (no personal data beyond name and position) */
                            staff: {
                                personId: string;
                                name: string;
                                position: string | null;
                            }[];
                            /** @description Open requests it was called to and has not closed (销号), against what it can carry */
                            load: {
                                current: number;
                                max: number;
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getDepartmentsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        name: string;
                        /** @default [] */
                        aliases: string[];
                        /** @default [] */
                        remit: ("policy" | "financing" | "talent" | "technology" | "market" | "land" | "approval" | "safety" | "other")[];
                        /** @default [] */
                        topics: string[];
                        /** @default  */
                        description: string;
                        /** @default 20 */
                        maxLoad: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        regionId: string | null;
                        regionName: string | null;
                        /** @description People who work at it (no personal data beyond name and position) */
                        staff: {
                            personId: string;
                            name: string;
                            position: string | null;
                        }[];
                        /** @description Open requests it was called to and has not closed (销号), against what it can carry */
                        load: {
                            current: number;
                            max: number;
                        };
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postTalentNeeds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    source?: string;
                    synthetic?: boolean;
                    title: string;
                    /** @default [] */
                    skills?: string[];
                    /**
                     * @default engineer
                     * @enum {string}
                     */
                    level?: "skilled" | "engineer" | "senior" | "leading";
                    /** @default 1 */
                    count?: number;
                    /** @default  */
                    description?: string;
                    postedAt?: string;
                    enterpriseId: string;
                    /** @default [] */
                    chainIds?: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TalentNeed"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getTalentNeedsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TalentNeed"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getTalentNeedsIdCandidates: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TalentCandidates"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getChainsIdTalent: {
        parameters: {
            query?: {
                /** @description Only enterprises of this region and below (a region-scoped key: its own by default) */
                region?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TalentCatalogue"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getChainsIdJobFair: {
        parameters: {
            query?: {
                /** @description Only enterprises of this region and below (a region-scoped key: its own by default) */
                region?: string;
                /** @description Interviews per candidate */
                perPerson?: number;
                /** @description Interviews per position wanted */
                perPosition?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobFairPlan"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getOutcomes: {
        parameters: {
            query?: {
                /** @description Page size, 1–1000 */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                engine?: "partners" | "tackling" | "leads" | "dispatch" | "talent" | "finance" | "lists";
                result?: "contacted" | "declined" | "contract_signed" | "problem_solved" | "lead_attracted" | "talent_hired" | "financing_signed" | "resource_matched";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Outcome"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postOutcomes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Your id for this outcome, so that a retry is safe: a second POST with the same id records nothing and is refused (409). Without one, redchain makes one and every POST records a new outcome */
                    id?: string;
                    /**
                     * @description Whose advice: partners (an enterprise’s partner list), tackling (a problem’s candidates), leads (a chain’s leads in a region), dispatch (a request’s responders), talent (a talent need’s candidates), finance (a financing need’s products), lists (a need’s resources in the three lists)
                     * @enum {string}
                     */
                    engine: "partners" | "tackling" | "leads" | "dispatch" | "talent" | "finance" | "lists";
                    /** @description The enterprise, problem, chain, request, talent need or financing need the advice was for */
                    subjectId: string;
                    /** @description The partner, expert or institution, lead, responder, person or financial product it is about */
                    candidateId: string;
                    /**
                     * @description partners: which list; required
                     * @enum {string}
                     */
                    direction?: "upstream" | "downstream";
                    /** @description leads: the region whose gap map proposed it; required */
                    regionId?: string;
                    /** @enum {string} */
                    result: "contacted" | "declined" | "contract_signed" | "problem_solved" | "lead_attracted" | "talent_hired" | "financing_signed" | "resource_matched";
                    /** @description When it happened */
                    date: string;
                    /** @default  */
                    note?: string;
                    /** @description finance: the amount signed, in yuan */
                    amountYuan?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Outcome"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getStatsOutcomes: {
        parameters: {
            query?: {
                /** @description Only advice for enterprises, chains, requests and problems of this region and below */
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        region: string | null;
                        engines: components["schemas"]["EnginePrecision"][];
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getFinancingNeeds: {
        parameters: {
            query?: {
                /** @description Only needs of enterprises in this region and below it */
                region?: string;
                /** @description Only needs of enterprises on this chain */
                chain?: string;
                status?: "open" | "signed" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FinancingNeedItem"][];
                        /** @description The sum asked */
                        amountYuan: number;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postFinancingNeeds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    source?: string;
                    synthetic?: boolean;
                    title: string;
                    /** @enum {string} */
                    kind: "loan" | "equity" | "guarantee";
                    amountYuan: number;
                    /** @enum {string} */
                    stage?: "seed" | "startup" | "growth" | "expansion" | "mature";
                    /** @default  */
                    purpose?: string;
                    dueDate?: string;
                    /**
                     * @default open
                     * @enum {string}
                     */
                    status?: "open" | "signed" | "withdrawn";
                    postedAt?: string;
                    signedAt?: string;
                    enterpriseId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        title: string;
                        /** @enum {string} */
                        kind: "loan" | "equity" | "guarantee";
                        amountYuan: number;
                        /** @enum {string} */
                        stage?: "seed" | "startup" | "growth" | "expansion" | "mature";
                        /** @default  */
                        purpose: string;
                        dueDate?: string;
                        /**
                         * @default open
                         * @enum {string}
                         */
                        status: "open" | "signed" | "withdrawn";
                        postedAt?: string;
                        signedAt?: string;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getFinancingNeedsIdProducts: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeedProducts"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getFinancialProducts: {
        parameters: {
            query?: {
                /** @description Only products serving this region or a part of it, or anywhere */
                region?: string;
                /** @description Only products for this chain, or for any */
                chain?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FinancialProductItem"][];
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postFinancialProducts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    source?: string;
                    synthetic?: boolean;
                    name: string;
                    kinds: ("loan" | "equity" | "guarantee")[];
                    minAmountYuan?: number;
                    maxAmountYuan?: number;
                    /** @default [] */
                    stages?: ("seed" | "startup" | "growth" | "expansion" | "mature")[];
                    /** @default [] */
                    industries?: string[];
                    /** @default  */
                    description?: string;
                    providerId: string;
                    /** @default [] */
                    chainIds?: string[];
                    /** @default [] */
                    regionIds?: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        name: string;
                        kinds: ("loan" | "equity" | "guarantee")[];
                        minAmountYuan?: number;
                        maxAmountYuan?: number;
                        /** @default [] */
                        stages: ("seed" | "startup" | "growth" | "expansion" | "mature")[];
                        /** @default [] */
                        industries: string[];
                        /** @default  */
                        description: string;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getFinancialProductsIdNeeds: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductNeeds"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getFinanceMeetingPlan: {
        parameters: {
            query: {
                /** @description The region of the meeting (a park, a district…) */
                region: string;
                /** @description Only enterprises on this chain */
                chain?: string;
                perEnterprise?: number;
                perProvider?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinanceMeetingPlan"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getFinancingMeetings: {
        parameters: {
            query?: {
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FinancingMeetingItem"][];
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getListsNeeds: {
        parameters: {
            query?: {
                /** @description Only this region and those below it (a region-limited key: its own by default) */
                region?: string;
                /** @description Only this chain */
                chain?: string;
                /** @description Only open (true) or answered (false) needs */
                open?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ListNeedItem"][];
                        /** @description How many are open */
                        open: number;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getListsNeedsIdResources: {
        parameters: {
            query?: {
                /** @description The kind of record the id names; by default the first that has it */
                source?: "Request" | "TalentNeed" | "FinancingNeed";
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeedResources"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getListsResources: {
        parameters: {
            query?: {
                /** @description Only this region and those below it (a region-limited key: its own by default) */
                region?: string;
                /** @description Only this chain */
                chain?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ServiceResourceItem"][];
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postListsResources: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    source?: string;
                    synthetic?: boolean;
                    name: string;
                    /** @enum {string} */
                    kind: "policy" | "funding" | "land" | "talent" | "training" | "approval" | "platform" | "market" | "other";
                    /** @default  */
                    description?: string;
                    /** @default [] */
                    keywords?: string[];
                    capacity?: number;
                    validFrom?: string;
                    validUntil?: string;
                    departmentId: string;
                    regionId?: string;
                    /** @default [] */
                    chainIds?: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        name: string;
                        /** @enum {string} */
                        kind: "policy" | "funding" | "land" | "talent" | "training" | "approval" | "platform" | "market" | "other";
                        /** @default  */
                        description: string;
                        /** @default [] */
                        keywords: string[];
                        capacity?: number;
                        validFrom?: string;
                        validUntil?: string;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    patchListsResourcesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {string} */
                    kind?: "policy" | "funding" | "land" | "talent" | "training" | "approval" | "platform" | "market" | "other";
                    description?: string;
                    keywords?: string[];
                    capacity?: number;
                    validFrom?: string;
                    validUntil?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        name: string;
                        /** @enum {string} */
                        kind: "policy" | "funding" | "land" | "talent" | "training" | "approval" | "platform" | "market" | "other";
                        /** @default  */
                        description: string;
                        /** @default [] */
                        keywords: string[];
                        capacity?: number;
                        validFrom?: string;
                        validUntil?: string;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getListsProjects: {
        parameters: {
            query?: {
                /** @description Only this region and those below it (a region-limited key: its own by default) */
                region?: string;
                /** @description Only this chain */
                chain?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ActionProjectItem"][];
                        done: number;
                        overdue: number;
                        /** @description Mean progress, per cent */
                        meanProgress: number;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postListsProjects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    source?: string;
                    synthetic?: boolean;
                    name: string;
                    /** @default  */
                    description?: string;
                    dueDate?: string;
                    /** @default 0 */
                    progress?: number;
                    /**
                     * @default planned
                     * @enum {string}
                     */
                    status?: "planned" | "ongoing" | "done" | "stalled";
                    investmentYuan?: number;
                    /** @default [] */
                    milestones?: string[];
                    /** @default 0 */
                    milestonesDone?: number;
                    regionId: string;
                    /** @default [] */
                    chainIds?: string[];
                    departmentId?: string;
                    ownerId?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        name: string;
                        /** @default  */
                        description: string;
                        dueDate?: string;
                        /** @default 0 */
                        progress: number;
                        /**
                         * @default planned
                         * @enum {string}
                         */
                        status: "planned" | "ongoing" | "done" | "stalled";
                        investmentYuan?: number;
                        /** @default [] */
                        milestones: string[];
                        /** @default 0 */
                        milestonesDone: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    patchListsProjectsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                    dueDate?: string;
                    progress?: number;
                    /** @enum {string} */
                    status?: "planned" | "ongoing" | "done" | "stalled";
                    investmentYuan?: number;
                    milestones?: string[];
                    milestonesDone?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source?: string;
                        synthetic?: boolean;
                        name: string;
                        /** @default  */
                        description: string;
                        dueDate?: string;
                        /** @default 0 */
                        progress: number;
                        /**
                         * @default planned
                         * @enum {string}
                         */
                        status: "planned" | "ongoing" | "done" | "stalled";
                        investmentYuan?: number;
                        /** @default [] */
                        milestones: string[];
                        /** @default 0 */
                        milestonesDone: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getSquads: {
        parameters: {
            query?: {
                /** @description Only squads of this region and below (a region-limited key: its own by default) */
                region?: string;
                /** @description Only squads working on this chain */
                chain?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadList"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postSquads: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    source?: string;
                    synthetic?: boolean;
                    name: string;
                    formedOn?: string;
                    /** @default  */
                    note?: string;
                    regionId: string;
                    /** @default [] */
                    chainIds?: string[];
                    /** @default [] */
                    members?: string[];
                    leaderId?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadDetail"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getSquadsTally: {
        parameters: {
            query?: {
                /** @description Only squads of this region and below (a region-limited key: its own by default) */
                region?: string;
                /** @description Only squads working on this chain */
                chain?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadTallyAnswer"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getSquadsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadDetail"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postSquadsIdLeads: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Default: today */
                    assignedOn?: string;
                    leads: {
                        enterpriseId: string;
                        chainId: string;
                        note?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadDetail"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postSquadVisits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    source?: string;
                    synthetic?: boolean;
                    date: string;
                    /** @enum {string} */
                    outcome: "contacted" | "interested" | "signed" | "landed" | "declined";
                    /** @default  */
                    note?: string;
                    squadId: string;
                    enterpriseId: string;
                    /** @default [] */
                    visitors?: string[];
                    id?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadVisitItem"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getMobileMembers: {
        parameters: {
            query?: {
                /** @description Only members whose membership or managing organisation lies in this region or below */
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MobileMember"][];
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPeopleIdMoves: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberRecord"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postPeopleIdMoves: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id?: string;
                    date: string;
                    /** @enum {string} */
                    kind: "outflow" | "return" | "transfer";
                    /** @description The party organisation or region left; default: the membership organisation (return: the managing one) */
                    fromId?: string;
                    /** @description The party organisation or region moved to; required for an outflow and a transfer (an organisation) */
                    toId?: string;
                    /** @description Outflow: the organisation co-managing the member from now on; default: toId when it names a party organisation */
                    managedBy?: string;
                    /** @default  */
                    note?: string;
                    source?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberRecord"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getChainsIdChiefView: {
        parameters: {
            query?: {
                /** @description Only this region (and below); else every region the chain has a chief or chain master in */
                region?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChiefView"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postChainsIdJointMeetingsDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Only this region (and below); else every region the chain has a chief or chain master in */
                    region?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDraft"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getJointMeetings: {
        parameters: {
            query?: {
                chain?: string;
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["JointMeetingItem"][];
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postJointMeetings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    source?: string;
                    synthetic?: boolean;
                    title: string;
                    date: string;
                    /** @default  */
                    note?: string;
                    chainId: string;
                    regionId: string;
                    chiefId?: string;
                    /** @default [] */
                    attendees?: string[];
                    agenda?: {
                        /** @enum {string} */
                        topic: "gap" | "lead" | "overdue_request" | "stalled_problem";
                        sourceId: string;
                        title: string;
                        regionId?: string;
                        rank: number;
                        sourceKind?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JointMeetingItem"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postJointMeetingsIdDecisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    source?: string;
                    synthetic?: boolean;
                    /** @description What was decided */
                    text: string;
                    /** @description Who answers for it (a department, a party organisation or a person), by name */
                    owner: string;
                    dueDate: string;
                    /**
                     * @default open
                     * @enum {string}
                     */
                    status?: "open" | "in_progress" | "done" | "dropped";
                    doneAt?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionItem"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    patchMeetingDecisionsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "open" | "in_progress" | "done" | "dropped";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionItem"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPledges: {
        parameters: {
            query?: {
                chain?: string;
                region?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PledgeItem"][];
                        done: number;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postPledges: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    source?: string;
                    synthetic?: boolean;
                    title: string;
                    year: number;
                    /** @description Who answers for it (a department, a party organisation or a person), by name */
                    owner: string;
                    dueDate?: string;
                    /**
                     * @default open
                     * @enum {string}
                     */
                    status?: "open" | "in_progress" | "done" | "dropped";
                    target?: string;
                    targetYuan?: number;
                    /** @default  */
                    progress?: string;
                    doneAt?: string;
                    regionId: string;
                    chainId?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PledgeItem"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    patchPledgesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "open" | "in_progress" | "done" | "dropped";
                    progress?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PledgeItem"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postImport: {
        parameters: {
            query?: {
                /** @description The file’s name, e.g. enterprises.csv */
                name?: string;
                /** @description Validate and report without writing */
                dryRun?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jobId: string;
                        /** @description Where to follow it */
                        status: string;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postRecompute: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jobId: string;
                        /** @description Where to follow it */
                        status: string;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getJobsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getJobsIdEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description See the description */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getExport: {
        parameters: {
            query?: {
                format?: "json" | "xlsx" | "csv";
                /** @description For csv: which kind (enterprises, people …) */
                section?: "regions" | "chains" | "segments" | "feeds" | "enterprises" | "supplies" | "institutions" | "partyOrgs" | "pairings" | "departments" | "people" | "works" | "problems" | "teams" | "requests" | "talentNeeds" | "financingNeeds" | "financialProducts" | "financingMeetings" | "serviceResources" | "actionProjects" | "investmentSquads" | "squadLeads" | "squadVisits" | "squadTallies" | "memberMoves" | "jointMeetings" | "meetingDecisions" | "pledges" | "outcomes";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description See the description */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getSearch: {
        parameters: {
            query: {
                q: string;
                kind?: "Region" | "Chain" | "Segment" | "Enterprise" | "Institution" | "PartyOrg" | "Person" | "Work" | "Team" | "Problem" | "Request" | "Outcome" | "Department" | "TalentNeed" | "FinancingNeed" | "FinancialProduct" | "FinancingMeeting" | "ServiceResource" | "ActionProject" | "InvestmentSquad" | "SquadLead" | "SquadVisit" | "SquadTally" | "MemberMove" | "JointMeeting" | "MeetingDecision" | "Pledge";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SearchHit"][];
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getResolve: {
        parameters: {
            query: {
                name: string;
                uscc?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resolution"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getGraphNeighbourhood: {
        parameters: {
            query: {
                /** @description The node’s kind: Enterprise, Institution, PartyOrg, Person, Problem, Region… */
                kind: "Region" | "Chain" | "Segment" | "Enterprise" | "Institution" | "PartyOrg" | "Person" | "Work" | "Team" | "Problem" | "Request" | "Outcome" | "Department" | "TalentNeed" | "FinancingNeed" | "FinancialProduct" | "FinancingMeeting" | "ServiceResource" | "ActionProject" | "InvestmentSquad" | "SquadLead" | "SquadVisit" | "SquadTally" | "MemberMove" | "JointMeeting" | "MeetingDecision" | "Pledge";
                id: string;
                /** @description Most neighbours returned, 1–200 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Neighbourhood"];
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        counts: {
                            [key: string]: number;
                        };
                        problems: {
                            [key: string]: number;
                        };
                        requests: {
                            [key: string]: number;
                        };
                        overdueRequests: number;
                        computedAt: string;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiKey"][];
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    postKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Who holds it */
                    name: string;
                    /** @enum {string} */
                    role: "admin" | "secretary" | "university" | "investment" | "viewer" | "responder";
                    /** @description Limit it to this region and the regions below it */
                    region?: string;
                    /** @description For a responder key (required there, unless it acts for a department): the person it acts as */
                    person?: string;
                    /** @description For a responder key acting for a department: the department */
                    department?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "secretary" | "university" | "investment" | "viewer" | "responder";
                        regionId: string | null;
                        /** @description The person a responder key acts as */
                        personId?: string;
                        /** @description The department a responder key acts for (部门接单) */
                        departmentId?: string;
                        createdAt: string;
                        revokedAt: string | null;
                        key: string;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteKeysId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getAudit: {
        parameters: {
            query?: {
                /** @description Page size, 1–1000 */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Only entries about this id */
                target?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEntry"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The key’s public id (never the key) */
                        keyId: string;
                        /** @description Who holds it */
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "secretary" | "university" | "investment" | "viewer" | "responder";
                        /** @description The region the key is limited to (with the regions below it); null: everywhere */
                        region: {
                            id: string;
                            name: string;
                        } | null;
                        /** @description Every operation of /api/v1 the role may call, as `method /path` */
                        operations: string[];
                        /** @description The tackling-workflow steps the role may take: each status it may move a problem to, from which */
                        problemSteps: {
                            [key: string]: string[];
                        };
                        /** @description The service-loop steps the role may take: each status it may move a request to, from which */
                        requestSteps: {
                            [key: string]: string[];
                        };
                        /** @description The person a responder key acts as */
                        personId?: string;
                        /** @description The department a responder key acts for (部门接单) */
                        departmentId?: string;
                    };
                };
            };
            400: components["responses"]["BadInput"];
            401: components["responses"]["Unauthorised"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
}
