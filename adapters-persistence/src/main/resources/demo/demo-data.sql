-- Demo data: a shared catalog of well-known SaaS apps (vendors, categories, catalog apps)
-- and three demo clients, each holding a selection of those apps.
--
-- Idempotent: every statement is "insert ... on conflict do nothing", and every id and
-- timestamp is either a fixed literal or derived from names with md5, so running the
-- script again inserts nothing and changes nothing.
--
-- Fixed ids are the ones used by the API documentation examples. Every other id is
--   vendor       md5('vendor:' || name)::uuid
--   category     md5('category:' || name)::uuid
--   catalog app  md5('catalog-app:' || canonical_name)::uuid
--   client app   md5('client-app:' || client_id || ':' || catalog_app_id)::uuid
--
-- Pseudo-random but deterministic values (timestamps, flags, licence counts, which apps
-- a client holds) are taken from slices of an md5 hex digest:
--   ('x' || substr(digest, n, 7))::bit(28)::int  is a non-negative int below 2^28.
-- Timestamps only ever get whole seconds added, so the result does not depend on the
-- session time zone.
--
-- The file is run as a plain script, one statement per semicolon at a line end: no
-- transaction statements, no function bodies, no semicolons inside literals or comments.


-- Clients ---------------------------------------------------------------------------------

insert into client (id, name, created_at, updated_at)
values
    ('aa7cf840-9ca9-46a3-9778-9015d6580d50', 'Acme Corporation',  '2025-11-03T09:00:00Z', '2026-01-15T10:00:00Z'),
    ('5c0f3d2e-7b1a-4e8c-9a6d-2f4b8e1c7a93', 'Globex Industries', '2025-11-17T13:30:00Z', '2026-01-20T08:45:00Z'),
    ('9e4d7c61-3a2b-4f5e-8d1c-6b0a9f3e2d45', 'Initech',           '2025-12-01T11:15:00Z', '2026-02-02T16:20:00Z')
on conflict do nothing;


-- Categories ------------------------------------------------------------------------------

insert into category (id, name)
select case c.name
           when 'Communication' then 'a7b8c9d0-e1f2-3456-abcd-789012345678'::uuid
           when 'Development'   then 'b8c9d0e1-f2a3-4567-bcde-901234567890'::uuid
           else md5('category:' || c.name)::uuid
       end,
       c.name
from (values
    ('Communication'),
    ('Development'),
    ('Design'),
    ('Project Management'),
    ('CRM'),
    ('Sales'),
    ('Marketing'),
    ('Analytics'),
    ('Security'),
    ('HR'),
    ('Finance'),
    ('Legal'),
    ('Storage'),
    ('Productivity'),
    ('Collaboration'),
    ('Customer Support'),
    ('Monitoring'),
    ('Cloud Infrastructure'),
    ('Automation'),
    ('AI'),
    ('Video Conferencing')
) as c (name)
on conflict do nothing;


-- Vendors ---------------------------------------------------------------------------------

insert into vendor (id, name, url)
select case v.name
           when 'Salesforce, Inc.' then 'f6a7b8c9-d0e1-2345-fabc-678901234567'::uuid
           when 'GitHub, Inc.'     then 'a8b9c0d1-e2f3-4567-abcd-890123456789'::uuid
           else md5('vendor:' || v.name)::uuid
       end,
       v.name,
       v.url
from (values
    ('Salesforce, Inc.',                   'https://www.salesforce.com'),
    ('GitHub, Inc.',                       'https://github.com'),
    ('Atlassian Corporation',              'https://www.atlassian.com'),
    ('Google LLC',                         'https://www.google.com'),
    ('Microsoft Corporation',              'https://www.microsoft.com'),
    ('Zoom Communications, Inc.',          'https://www.zoom.com'),
    ('Cisco Systems, Inc.',                'https://www.cisco.com'),
    ('Discord Inc.',                       'https://discord.com'),
    ('Mattermost, Inc.',                   'https://mattermost.com'),
    ('RingCentral, Inc.',                  'https://www.ringcentral.com'),
    ('Dialpad, Inc.',                      'https://www.dialpad.com'),
    ('Aircall SAS',                        'https://aircall.io'),
    ('Meta Platforms, Inc.',               'https://www.meta.com'),
    ('FrontApp, Inc.',                     'https://front.com'),
    ('Calendly LLC',                       'https://calendly.com'),
    ('Otter.ai, Inc.',                     'https://otter.ai'),
    ('Vimeo.com, Inc.',                    'https://vimeo.com'),
    ('GitLab Inc.',                        'https://about.gitlab.com'),
    ('Postman, Inc.',                      'https://www.postman.com'),
    ('Docker, Inc.',                       'https://www.docker.com'),
    ('HashiCorp, Inc.',                    'https://www.hashicorp.com'),
    ('Vercel Inc.',                        'https://vercel.com'),
    ('Netlify, Inc.',                      'https://www.netlify.com'),
    ('JetBrains s.r.o.',                   'https://www.jetbrains.com'),
    ('Circle Internet Services, Inc.',     'https://circleci.com'),
    ('Linear Orbit, Inc.',                 'https://linear.app'),
    ('Functional Software, Inc. (Sentry)', 'https://sentry.io'),
    ('Catamorphic Co. (LaunchDarkly)',     'https://launchdarkly.com'),
    ('SonarSource SA',                     'https://www.sonarsource.com'),
    ('Snyk Limited',                       'https://snyk.io'),
    ('JFrog Ltd.',                         'https://jfrog.com'),
    ('Cypress.io, Inc.',                   'https://www.cypress.io'),
    ('Replit, Inc.',                       'https://replit.com'),
    ('Stack Exchange, Inc.',               'https://stackoverflow.co'),
    ('Anysphere, Inc.',                    'https://cursor.com'),
    ('Supabase, Inc.',                     'https://supabase.com'),
    ('MongoDB, Inc.',                      'https://www.mongodb.com'),
    ('Redis Ltd.',                         'https://redis.io'),
    ('Algolia SAS',                        'https://www.algolia.com'),
    ('Contentful GmbH',                    'https://www.contentful.com'),
    ('Retool, Inc.',                       'https://retool.com'),
    ('Amazon Web Services, Inc.',          'https://aws.amazon.com'),
    ('DigitalOcean, LLC',                  'https://www.digitalocean.com'),
    ('Cloudflare, Inc.',                   'https://www.cloudflare.com'),
    ('Snowflake Inc.',                     'https://www.snowflake.com'),
    ('Databricks, Inc.',                   'https://www.databricks.com'),
    ('Datadog, Inc.',                      'https://www.datadoghq.com'),
    ('New Relic, Inc.',                    'https://newrelic.com'),
    ('PagerDuty, Inc.',                    'https://www.pagerduty.com'),
    ('Splunk LLC',                         'https://www.splunk.com'),
    ('Elastic N.V.',                       'https://www.elastic.co'),
    ('Raintank, Inc. (Grafana Labs)',      'https://grafana.com'),
    ('Dynatrace LLC',                      'https://www.dynatrace.com'),
    ('Sumo Logic, Inc.',                   'https://www.sumologic.com'),
    ('Figma, Inc.',                        'https://www.figma.com'),
    ('Adobe Inc.',                         'https://www.adobe.com'),
    ('Canva Pty Ltd',                      'https://www.canva.com'),
    ('Sketch B.V.',                        'https://www.sketch.com'),
    ('Framer B.V.',                        'https://www.framer.com'),
    ('Zeplin, Inc.',                       'https://zeplin.io'),
    ('RealtimeBoard, Inc. (Miro)',         'https://miro.com'),
    ('Tactivos, Inc. (Mural)',             'https://www.mural.co'),
    ('Lucid Software Inc.',                'https://lucid.co'),
    ('Shutterstock, Inc.',                 'https://www.shutterstock.com'),
    ('Prezi Inc.',                         'https://prezi.com'),
    ('Asana, Inc.',                        'https://asana.com'),
    ('monday.com Ltd.',                    'https://monday.com'),
    ('Mango Technologies, Inc. (ClickUp)', 'https://clickup.com'),
    ('Smartsheet Inc.',                    'https://www.smartsheet.com'),
    ('Wrike, Inc.',                        'https://www.wrike.com'),
    ('37signals LLC',                      'https://37signals.com'),
    ('Notion Labs, Inc.',                  'https://www.notion.com'),
    ('Formagrid, Inc. (Airtable)',         'https://www.airtable.com'),
    ('Coda Project, Inc.',                 'https://coda.io'),
    ('Evernote Corporation',               'https://evernote.com'),
    ('Doist Inc.',                         'https://doist.com'),
    ('Grammarly, Inc.',                    'https://www.grammarly.com'),
    ('Zapier, Inc.',                       'https://zapier.com'),
    ('n8n GmbH',                           'https://n8n.io'),
    ('Workato, Inc.',                      'https://www.workato.com'),
    ('UiPath, Inc.',                       'https://www.uipath.com'),
    ('Iridesco LLC (Harvest)',             'https://www.getharvest.com'),
    ('Toggl OÜ',                           'https://toggl.com'),
    ('Jotform Inc.',                       'https://www.jotform.com'),
    ('Typeform S.L.',                      'https://www.typeform.com'),
    ('SurveyMonkey Inc.',                  'https://www.surveymonkey.com'),
    ('Qualtrics, LLC',                     'https://www.qualtrics.com'),
    ('OpenAI OpCo, LLC',                   'https://openai.com'),
    ('Anthropic PBC',                      'https://www.anthropic.com'),
    ('Perplexity AI, Inc.',                'https://www.perplexity.ai'),
    ('DeepL SE',                           'https://www.deepl.com'),
    ('Dropbox, Inc.',                      'https://www.dropbox.com'),
    ('Box, Inc.',                          'https://www.box.com'),
    ('Egnyte, Inc.',                       'https://www.egnyte.com'),
    ('WeTransfer B.V.',                    'https://wetransfer.com'),
    ('HubSpot, Inc.',                      'https://www.hubspot.com'),
    ('Pipedrive OÜ',                       'https://www.pipedrive.com'),
    ('Zoho Corporation Pvt. Ltd.',         'https://www.zoho.com'),
    ('Gong.io Ltd',                        'https://www.gong.io'),
    ('Outreach Corporation',               'https://www.outreach.io'),
    ('LinkedIn Corporation',               'https://www.linkedin.com'),
    ('PandaDoc Inc.',                      'https://www.pandadoc.com'),
    ('Docusign, Inc.',                     'https://www.docusign.com'),
    ('Ironclad, Inc.',                     'https://ironcladapp.com'),
    ('Intuit Inc.',                        'https://www.intuit.com'),
    ('Hootsuite Inc.',                     'https://www.hootsuite.com'),
    ('Sprout Social, Inc.',                'https://sproutsocial.com'),
    ('Buffer Inc.',                        'https://buffer.com'),
    ('Semrush Inc.',                       'https://www.semrush.com'),
    ('Ahrefs Pte. Ltd.',                   'https://ahrefs.com'),
    ('Hotjar Ltd',                         'https://www.hotjar.com'),
    ('Webflow, Inc.',                      'https://webflow.com'),
    ('Squarespace, Inc.',                  'https://www.squarespace.com'),
    ('Automattic Inc.',                    'https://automattic.com'),
    ('Shopify Inc.',                       'https://www.shopify.com'),
    ('Klaviyo, Inc.',                      'https://www.klaviyo.com'),
    ('ActiveCampaign, LLC',                'https://www.activecampaign.com'),
    ('Twilio Inc.',                        'https://www.twilio.com'),
    ('Wistia, Inc.',                       'https://wistia.com'),
    ('Mixpanel, Inc.',                     'https://mixpanel.com'),
    ('Amplitude, Inc.',                    'https://amplitude.com'),
    ('Metabase, Inc.',                     'https://www.metabase.com'),
    ('dbt Labs, Inc.',                     'https://www.getdbt.com'),
    ('Fivetran Inc.',                      'https://www.fivetran.com'),
    ('Pendo.io, Inc.',                     'https://www.pendo.io'),
    ('Productboard, Inc.',                 'https://www.productboard.com'),
    ('Aha! Labs Inc.',                     'https://www.aha.io'),
    ('Zendesk, Inc.',                      'https://www.zendesk.com'),
    ('Intercom, Inc.',                     'https://www.intercom.com'),
    ('Freshworks Inc.',                    'https://www.freshworks.com'),
    ('Help Scout PBC',                     'https://www.helpscout.com'),
    ('ServiceNow, Inc.',                   'https://www.servicenow.com'),
    ('Okta, Inc.',                         'https://www.okta.com'),
    ('AgileBits Inc. (1Password)',         'https://1password.com'),
    ('LastPass US LP',                     'https://www.lastpass.com'),
    ('Bitwarden, Inc.',                    'https://bitwarden.com'),
    ('CrowdStrike, Inc.',                  'https://www.crowdstrike.com'),
    ('Zscaler, Inc.',                      'https://www.zscaler.com'),
    ('Vanta Inc.',                         'https://www.vanta.com'),
    ('KnowBe4, Inc.',                      'https://www.knowbe4.com'),
    ('Tailscale Inc.',                     'https://tailscale.com'),
    ('Workday, Inc.',                      'https://www.workday.com'),
    ('BambooHR LLC',                       'https://www.bamboohr.com'),
    ('Gusto, Inc.',                        'https://gusto.com'),
    ('Rippling People Center Inc.',        'https://www.rippling.com'),
    ('Deel, Inc.',                         'https://www.deel.com'),
    ('Culture Amp Pty Ltd',                'https://www.cultureamp.com'),
    ('Greenhouse Software, Inc.',          'https://www.greenhouse.com'),
    ('SAP SE',                             'https://www.sap.com'),
    ('ADP, Inc.',                          'https://www.adp.com'),
    ('Xero Limited',                       'https://www.xero.com'),
    ('Expensify, Inc.',                    'https://www.expensify.com'),
    ('Oracle Corporation',                 'https://www.oracle.com'),
    ('Stripe, Inc.',                       'https://stripe.com'),
    ('Brex Inc.',                          'https://www.brex.com'),
    ('Ramp Business Corporation',          'https://ramp.com'),
    ('The Sage Group plc',                 'https://www.sage.com'),
    ('Chargebee Inc.',                     'https://www.chargebee.com')
) as v (name, url)
on conflict do nothing;


-- Catalog apps and their categories ---------------------------------------------------------
--
-- One row per app: name, vendor (by name), type, brand colour, comma-separated categories,
-- description. The bare apps at the end (internal tools) have no vendor, type, colour,
-- logo, description or category. The logo URL is built from the name: lower case, every run
-- of other characters than a-z and 0-9 replaced by '-'.
-- A single statement: the first CTE inserts the apps, the main insert links the categories.
-- A vendor or category name that is misspelt here resolves to an id that does not exist,
-- and the foreign key makes the statement fail rather than silently drop the link.

with app (canonical_name, vendor_name, type, display_colour, categories, description) as (
    values
    -- Communication and meetings
    ('Slack',                      'Salesforce, Inc.',                   'desktop', '#4A154B', 'Communication',                                   'A messaging and collaboration platform for teams'),
    ('Microsoft Teams',            'Microsoft Corporation',              'desktop', '#6264A7', 'Communication, Video Conferencing, Collaboration', 'Chat, meetings, calling and file collaboration hub for Microsoft 365'),
    ('Zoom',                       'Zoom Communications, Inc.',          'desktop', '#0B5CFF', 'Video Conferencing, Communication',               'Video meetings, webinars and team chat in one platform'),
    ('Google Meet',                'Google LLC',                         'mobile',  '#00897B', 'Video Conferencing',                              'Secure video meetings built into Google Workspace'),
    ('Webex',                      'Cisco Systems, Inc.',                'desktop', '#00BCEB', 'Video Conferencing, Communication',               'Enterprise video conferencing, calling and messaging'),
    ('Discord',                    'Discord Inc.',                       'desktop', '#5865F2', 'Communication',                                   'Voice, video and text chat for communities and teams'),
    ('Mattermost',                 'Mattermost, Inc.',                   'desktop', '#0058CC', 'Communication, Development',                      'Open-source secure collaboration platform for technical teams'),
    ('RingCentral',                'RingCentral, Inc.',                  'desktop', '#0684BD', 'Communication',                                   'Cloud communications with phone, video and team messaging'),
    ('Dialpad',                    'Dialpad, Inc.',                      'mobile',  '#7C52FF', 'Communication, AI',                               'AI-powered cloud phone system and contact center'),
    ('Aircall',                    'Aircall SAS',                        'desktop', '#00B388', 'Communication, Customer Support',                 'Cloud-based phone system for sales and support teams'),
    ('Loom',                       'Atlassian Corporation',              'desktop', '#625DF5', 'Communication, Video Conferencing',               'Async video messaging with screen and camera recording'),
    ('WhatsApp Business',          'Meta Platforms, Inc.',               'mobile',  '#25D366', 'Communication, Customer Support',                 'Messaging app for businesses to talk with their customers'),
    ('Gmail',                      'Google LLC',                         'mobile',  '#EA4335', 'Communication, Productivity',                     'Email service with powerful search and spam protection'),
    ('Microsoft Outlook',          'Microsoft Corporation',              'desktop', '#0078D4', 'Communication, Productivity',                     'Email, calendar and contacts client for Microsoft 365'),
    ('Front',                      'FrontApp, Inc.',                     'browser', '#A857F1', 'Communication, Customer Support',                 'Shared inbox that brings email, SMS and chat together for teams'),
    ('Calendly',                   'Calendly LLC',                       'browser', '#006BFF', 'Productivity, Sales',                             'Scheduling automation that removes back-and-forth emails'),
    ('Otter.ai',                   'Otter.ai, Inc.',                     'mobile',  '#3F51B5', 'Productivity, AI',                                'AI meeting assistant that records, transcribes and summarizes conversations'),
    ('Vimeo',                      'Vimeo.com, Inc.',                    'browser', '#1AB7EA', 'Marketing, Video Conferencing',                   'Video hosting, live streaming and video marketing platform'),
    -- Development
    ('GitHub',                     'GitHub, Inc.',                       'browser', '#24292F', 'Development',                                     'Code hosting and collaboration platform'),
    ('GitHub Copilot',             'GitHub, Inc.',                       'desktop', '#8957E5', 'Development, AI',                                 'AI pair programmer that suggests code right in the editor'),
    ('GitLab',                     'GitLab Inc.',                        'browser', '#FC6D26', 'Development, Security',                           'DevSecOps platform for source control, CI/CD and security scanning'),
    ('Bitbucket',                  'Atlassian Corporation',              'browser', '#0052CC', 'Development',                                     'Git code hosting and CI/CD tightly integrated with Jira'),
    ('Jira',                       'Atlassian Corporation',              'browser', '#0052CC', 'Project Management, Development',                 'Issue and project tracking for software teams'),
    ('Confluence',                 'Atlassian Corporation',              'browser', '#172B4D', 'Collaboration, Productivity',                     'Team workspace for documentation and knowledge sharing'),
    ('Jira Service Management',    'Atlassian Corporation',              'browser', '#0052CC', 'Customer Support',                                'IT service management and help desk built on Jira'),
    ('Trello',                     'Atlassian Corporation',              'mobile',  '#0079BF', 'Project Management, Productivity',                'Kanban boards, lists and cards to organize any kind of work'),
    ('Statuspage',                 'Atlassian Corporation',              'browser', '#172B4D', 'Monitoring, Communication',                       'Status page and incident communication for customers'),
    ('Postman',                    'Postman, Inc.',                      'desktop', '#FF6C37', 'Development',                                     'API platform for building, testing and documenting APIs'),
    ('Docker Desktop',             'Docker, Inc.',                       'desktop', '#2496ED', 'Development',                                     'Build, share and run containerized applications locally'),
    ('HCP Terraform',              'HashiCorp, Inc.',                    'browser', '#844FBA', 'Cloud Infrastructure, Automation',                'Infrastructure as code provisioning and collaboration service'),
    ('Vercel',                     'Vercel Inc.',                        'browser', '#000000', 'Development, Cloud Infrastructure',               'Frontend cloud for building and deploying web applications'),
    ('Netlify',                    'Netlify, Inc.',                      'browser', '#00C7B7', 'Development, Cloud Infrastructure',               'Platform for building and deploying modern websites'),
    ('Heroku',                     'Salesforce, Inc.',                   'browser', '#430098', 'Cloud Infrastructure, Development',               'Platform as a service for deploying and scaling apps'),
    ('IntelliJ IDEA Ultimate',     'JetBrains s.r.o.',                   'desktop', '#FE315D', 'Development',                                     'Integrated development environment for Java and Kotlin'),
    ('YouTrack',                   'JetBrains s.r.o.',                   'browser', '#FF318C', 'Project Management, Development',                 'Issue tracker and project management tool for agile teams'),
    ('Visual Studio Code',         'Microsoft Corporation',              'desktop', '#007ACC', 'Development',                                     'Lightweight source code editor with a rich extension ecosystem'),
    ('Azure DevOps',               'Microsoft Corporation',              'browser', '#0078D7', 'Development, Project Management',                 'Boards, repos, pipelines and artifacts for software delivery'),
    ('CircleCI',                   'Circle Internet Services, Inc.',     'browser', '#343434', 'Development, Automation',                         'Continuous integration and delivery platform'),
    ('Linear',                     'Linear Orbit, Inc.',                 'desktop', '#5E6AD2', 'Project Management, Development',                 'Streamlined issue tracking and planning for product teams'),
    ('Sentry',                     'Functional Software, Inc. (Sentry)', 'browser', '#362D59', 'Monitoring, Development',                         'Application error tracking and performance monitoring'),
    ('LaunchDarkly',               'Catamorphic Co. (LaunchDarkly)',     'browser', '#405BFF', 'Development',                                     'Feature flag management for safe software releases'),
    ('SonarQube Cloud',            'SonarSource SA',                     'browser', '#126ED3', 'Development, Security',                           'Cloud-based code quality and code security analysis'),
    ('Snyk',                       'Snyk Limited',                       'browser', '#4C4A73', 'Security, Development',                           'Developer security platform for code, dependencies and containers'),
    ('JFrog Artifactory',          'JFrog Ltd.',                         'browser', '#40BE46', 'Development, Storage',                            'Universal repository manager for binaries and build artifacts'),
    ('Cypress Cloud',              'Cypress.io, Inc.',                   'browser', '#69D3A7', 'Development',                                     'Test recording, parallelization and analytics for Cypress tests'),
    ('Replit',                     'Replit, Inc.',                       'browser', '#F26207', 'Development, AI',                                 'Browser-based development environment with AI to build and deploy apps'),
    ('Stack Overflow for Teams',   'Stack Exchange, Inc.',               'browser', '#F58025', 'Development, Collaboration',                      'Private question-and-answer knowledge base for technical teams'),
    ('Cursor',                     'Anysphere, Inc.',                    'desktop', '#000000', 'Development, AI',                                 'AI-first code editor'),
    ('Supabase',                   'Supabase, Inc.',                     'browser', '#3FCF8E', 'Development, Cloud Infrastructure',               'Open-source Postgres development platform'),
    ('Firebase',                   'Google LLC',                         'browser', '#FFCA28', 'Development, Cloud Infrastructure',               'App development platform with hosting, database and authentication'),
    ('MongoDB Atlas',              'MongoDB, Inc.',                      'browser', '#47A248', 'Cloud Infrastructure, Storage',                   'Fully managed cloud database service for MongoDB'),
    ('Redis Cloud',                'Redis Ltd.',                         'browser', '#FF4438', 'Cloud Infrastructure',                            'Fully managed Redis database service'),
    ('Algolia',                    'Algolia SAS',                        'browser', '#003DFF', 'Development',                                     'Hosted search and discovery API'),
    ('Contentful',                 'Contentful GmbH',                    'browser', '#2478CC', 'Marketing, Development',                          'Composable content platform and headless CMS'),
    ('Retool',                     'Retool, Inc.',                       'browser', '#3D3D3D', 'Development, Automation',                         'Low-code platform to build internal tools'),
    -- Cloud and data infrastructure
    ('Amazon Web Services',        'Amazon Web Services, Inc.',          'browser', '#FF9900', 'Cloud Infrastructure',                            'Comprehensive on-demand cloud computing platform'),
    ('Microsoft Azure',            'Microsoft Corporation',              'browser', '#0078D4', 'Cloud Infrastructure',                            'Cloud computing services for building and running applications'),
    ('Google Cloud',               'Google LLC',                         'browser', '#4285F4', 'Cloud Infrastructure, Analytics',                 'Cloud computing, data analytics and machine learning services'),
    ('DigitalOcean',               'DigitalOcean, LLC',                  'browser', '#0080FF', 'Cloud Infrastructure',                            'Simple cloud hosting for developers and startups'),
    ('Cloudflare',                 'Cloudflare, Inc.',                   'browser', '#F38020', 'Security, Cloud Infrastructure',                  'CDN, DNS, DDoS protection and zero trust network services'),
    ('Snowflake',                  'Snowflake Inc.',                     'browser', '#29B5E8', 'Analytics, Cloud Infrastructure',                 'Cloud data platform for warehousing and data sharing'),
    ('Databricks',                 'Databricks, Inc.',                   'browser', '#FF3621', 'Analytics, AI',                                   'Data intelligence platform built on the lakehouse architecture'),
    -- Monitoring
    ('Datadog',                    'Datadog, Inc.',                      'browser', '#632CA6', 'Monitoring, Analytics',                           'Monitoring and security platform for cloud applications'),
    ('New Relic',                  'New Relic, Inc.',                    'browser', '#1CE783', 'Monitoring',                                      'Full-stack observability platform'),
    ('PagerDuty',                  'PagerDuty, Inc.',                    'mobile',  '#06AC38', 'Monitoring, Automation',                          'Incident response and on-call management platform'),
    ('Splunk',                     'Splunk LLC',                         'browser', '#000000', 'Monitoring, Security, Analytics',                 'Search, monitoring and analysis of machine-generated data'),
    ('Elastic Cloud',              'Elastic N.V.',                       'browser', '#005571', 'Monitoring, Analytics',                           'Hosted Elasticsearch for search, observability and security'),
    ('Grafana Cloud',              'Raintank, Inc. (Grafana Labs)',      'browser', '#F46800', 'Monitoring, Analytics',                           'Managed observability stack for metrics, logs and traces'),
    ('Dynatrace',                  'Dynatrace LLC',                      'browser', '#1496FF', 'Monitoring, AI',                                  'AI-powered observability and application security platform'),
    ('Sumo Logic',                 'Sumo Logic, Inc.',                   'browser', '#000099', 'Monitoring, Security',                            'Cloud-native log analytics and security information management'),
    -- Design
    ('Figma',                      'Figma, Inc.',                        'browser', '#F24E1E', 'Design, Collaboration',                           'Collaborative interface design and prototyping tool'),
    ('Adobe Creative Cloud',       'Adobe Inc.',                         'desktop', '#DA1F26', 'Design',                                          'Suite of creative apps for design, photography and video'),
    ('Adobe Photoshop',            'Adobe Inc.',                         'desktop', '#31A8FF', 'Design',                                          'Image editing and compositing software'),
    ('Adobe Acrobat',              'Adobe Inc.',                         'desktop', '#EC1C24', 'Productivity, Legal',                             'Create, edit, sign and share PDF documents'),
    ('Frame.io',                   'Adobe Inc.',                         'browser', '#5B53FF', 'Design, Collaboration',                           'Video review and approval platform for creative teams'),
    ('Canva',                      'Canva Pty Ltd',                      'browser', '#00C4CC', 'Design, Marketing',                               'Online design platform for graphics, presentations and social media'),
    ('Sketch',                     'Sketch B.V.',                        'desktop', '#F7B500', 'Design',                                          'Digital design toolkit for Mac'),
    ('Framer',                     'Framer B.V.',                        'browser', '#0055FF', 'Design, Marketing',                               'No-code website builder for designers'),
    ('Zeplin',                     'Zeplin, Inc.',                       'desktop', '#FDBD39', 'Design, Development',                             'Design handoff between designers and developers'),
    ('Miro',                       'RealtimeBoard, Inc. (Miro)',         'browser', '#FFD02F', 'Collaboration, Design',                           'Visual collaboration platform and online whiteboard'),
    ('Mural',                      'Tactivos, Inc. (Mural)',             'browser', '#FF0066', 'Collaboration',                                   'Digital whiteboard for visual team collaboration'),
    ('Lucidchart',                 'Lucid Software Inc.',                'browser', '#F96B13', 'Design, Collaboration',                           'Intelligent diagramming and visual workspace'),
    ('Shutterstock',               'Shutterstock, Inc.',                 'browser', '#EE2B24', 'Design, Marketing',                               'Licensing of stock photos, vectors, video and music'),
    ('Prezi',                      'Prezi Inc.',                         'browser', '#3181FF', 'Productivity, Design',                            'Dynamic presentation and video communication software'),
    -- Project management and productivity
    ('Asana',                      'Asana, Inc.',                        'browser', '#F06A6A', 'Project Management',                              'Work management platform for planning and tracking team projects'),
    ('monday.com',                 'monday.com Ltd.',                    'browser', '#FF3D57', 'Project Management, Collaboration',               'Work management platform for projects and workflows'),
    ('ClickUp',                    'Mango Technologies, Inc. (ClickUp)', 'browser', '#7B68EE', 'Project Management, Productivity',                'All-in-one productivity platform for tasks, docs and goals'),
    ('Smartsheet',                 'Smartsheet Inc.',                    'browser', '#0073EC', 'Project Management',                              'Spreadsheet-style platform for managing work at scale'),
    ('Wrike',                      'Wrike, Inc.',                        'browser', '#08CF65', 'Project Management',                              'Collaborative work management for enterprise teams'),
    ('Basecamp',                   '37signals LLC',                      'browser', '#1D2D35', 'Project Management, Communication',               'Project management and team communication in one place'),
    ('Notion',                     'Notion Labs, Inc.',                  'desktop', '#000000', 'Productivity, Collaboration',                     'Connected workspace for notes, docs, wikis and projects'),
    ('Airtable',                   'Formagrid, Inc. (Airtable)',         'browser', '#18BFFF', 'Productivity, Automation',                        'Low-code platform that combines spreadsheets and databases'),
    ('Coda',                       'Coda Project, Inc.',                 'browser', '#F46A54', 'Productivity, Collaboration',                     'All-in-one doc that brings words, data and teams together'),
    ('Evernote',                   'Evernote Corporation',               'mobile',  '#00A82D', 'Productivity',                                    'Note-taking and personal organization app'),
    ('Todoist',                    'Doist Inc.',                         'mobile',  '#E44332', 'Productivity',                                    'To-do list and task manager for individuals and teams'),
    ('Google Workspace',           'Google LLC',                         'browser', '#4285F4', 'Productivity, Collaboration, Communication',      'Cloud productivity suite with Gmail, Drive, Docs and Meet'),
    ('Google Docs',                'Google LLC',                         'browser', '#4285F4', 'Productivity, Collaboration',                     'Online word processor with real-time collaboration'),
    ('Microsoft 365',              'Microsoft Corporation',              'desktop', '#D83B01', 'Productivity, Collaboration',                     'Office apps, email and cloud services for business'),
    ('Microsoft SharePoint',       'Microsoft Corporation',              'browser', '#038387', 'Collaboration, Storage',                          'Intranet, document management and team sites'),
    ('Power BI',                   'Microsoft Corporation',              'desktop', '#F2C811', 'Analytics',                                       'Business intelligence and interactive data visualization'),
    ('Grammarly',                  'Grammarly, Inc.',                    'desktop', '#15C39A', 'Productivity, AI',                                'AI writing assistant for clear, mistake-free communication'),
    ('Zapier',                     'Zapier, Inc.',                       'browser', '#FF4F00', 'Automation, Productivity',                        'No-code automation that connects thousands of apps'),
    ('n8n',                        'n8n GmbH',                           'browser', '#EA4B71', 'Automation, AI',                                  'Workflow automation platform for technical teams'),
    ('Workato',                    'Workato, Inc.',                      'browser', '#67EADD', 'Automation',                                      'Enterprise automation and integration platform'),
    ('UiPath',                     'UiPath, Inc.',                       'desktop', '#FA4616', 'Automation, AI',                                  'Robotic process automation and agentic automation platform'),
    ('MuleSoft Anypoint Platform', 'Salesforce, Inc.',                   'browser', '#00A0DF', 'Automation, Development',                         'API-led integration platform for connecting systems and data'),
    ('Harvest',                    'Iridesco LLC (Harvest)',             'browser', '#FA5D00', 'Productivity, Finance',                           'Time tracking and invoicing for teams'),
    ('Toggl Track',                'Toggl OÜ',                           'desktop', '#E57CD8', 'Productivity',                                    'Simple time tracking for teams and freelancers'),
    ('Jotform',                    'Jotform Inc.',                       'browser', '#FF6100', 'Productivity',                                    'Online form builder for data collection'),
    ('Typeform',                   'Typeform S.L.',                      'browser', '#262627', 'Marketing, Productivity',                         'Conversational online forms and surveys'),
    ('SurveyMonkey',               'SurveyMonkey Inc.',                  'browser', '#00BF6F', 'Analytics, Marketing',                            'Online survey and feedback platform'),
    ('Qualtrics',                  'Qualtrics, LLC',                     'browser', '#00B4EF', 'Analytics, Marketing',                            'Experience management platform for customer and employee feedback'),
    -- AI assistants
    ('ChatGPT Enterprise',         'OpenAI OpCo, LLC',                   'browser', '#10A37F', 'AI, Productivity',                                'Enterprise-grade AI assistant with admin controls and data privacy'),
    ('Claude',                     'Anthropic PBC',                      'desktop', '#D97757', 'AI, Productivity',                                'AI assistant for writing, analysis and coding'),
    ('Perplexity',                 'Perplexity AI, Inc.',                'browser', '#1FB8CD', 'AI',                                              'AI-powered answer engine with cited sources'),
    ('DeepL',                      'DeepL SE',                           'desktop', '#0F2B46', 'AI, Productivity',                                'AI translation and writing assistant'),
    -- Storage
    ('Dropbox',                    'Dropbox, Inc.',                      'desktop', '#0061FF', 'Storage, Collaboration',                          'Cloud storage and file sharing'),
    ('Dropbox Sign',               'Dropbox, Inc.',                      'browser', '#0061FF', 'Legal, Productivity',                             'Electronic signatures and document workflows'),
    ('Box',                        'Box, Inc.',                          'mobile',  '#0061D5', 'Storage, Collaboration',                          'Secure cloud content management and file sharing'),
    ('Google Drive',               'Google LLC',                         'desktop', '#1FA463', 'Storage',                                         'Cloud file storage and sharing'),
    ('OneDrive',                   'Microsoft Corporation',              'desktop', '#0078D4', 'Storage',                                         'Cloud storage integrated with Windows and Microsoft 365'),
    ('Egnyte',                     'Egnyte, Inc.',                       'browser', '#00968F', 'Storage, Security',                               'Secure content collaboration and data governance'),
    ('WeTransfer',                 'WeTransfer B.V.',                    'browser', '#409FFF', 'Storage',                                         'Send large files quickly and simply'),
    -- CRM and sales
    ('Salesforce Sales Cloud',     'Salesforce, Inc.',                   'browser', '#00A1E0', 'CRM, Sales',                                      'CRM for pipeline, opportunity and account management'),
    ('Salesforce Service Cloud',   'Salesforce, Inc.',                   'browser', '#00A1E0', 'Customer Support, CRM',                           'Customer service platform for case management and support'),
    ('Tableau',                    'Salesforce, Inc.',                   'desktop', '#E97627', 'Analytics',                                       'Visual analytics and business intelligence platform'),
    ('HubSpot',                    'HubSpot, Inc.',                      'browser', '#FF7A59', 'CRM, Marketing, Sales',                           'CRM platform with marketing, sales and service hubs'),
    ('Pipedrive',                  'Pipedrive OÜ',                       'browser', '#017737', 'CRM, Sales',                                      'Sales CRM and pipeline management'),
    ('Zoho CRM',                   'Zoho Corporation Pvt. Ltd.',         'browser', '#E42527', 'CRM, Sales',                                      'Cloud CRM for sales, marketing and support'),
    ('Microsoft Dynamics 365',     'Microsoft Corporation',              'browser', '#002050', 'CRM, Finance',                                    'Business applications for CRM and ERP'),
    ('Gong',                       'Gong.io Ltd',                        'browser', '#8039DF', 'Sales, AI',                                       'Revenue intelligence platform that analyzes customer interactions'),
    ('Outreach',                   'Outreach Corporation',               'browser', '#5951FF', 'Sales',                                           'Sales execution platform for pipeline generation and deal management'),
    ('LinkedIn Sales Navigator',   'LinkedIn Corporation',               'mobile',  '#0A66C2', 'Sales',                                           'Social selling tool for finding and engaging prospects'),
    ('PandaDoc',                   'PandaDoc Inc.',                      'browser', '#248567', 'Sales, Legal',                                    'Document automation for proposals, quotes and contracts'),
    ('Docusign eSignature',        'Docusign, Inc.',                     'mobile',  '#4C00FF', 'Legal, Productivity',                             'Electronic signature and agreement management'),
    ('Ironclad',                   'Ironclad, Inc.',                     'browser', '#1F1F1F', 'Legal, AI',                                       'AI-powered contract lifecycle management'),
    -- Marketing
    ('Mailchimp',                  'Intuit Inc.',                        'browser', '#FFE01B', 'Marketing',                                       'Email marketing and automation platform'),
    ('Marketo Engage',             'Adobe Inc.',                         'browser', '#5C4C9F', 'Marketing, Automation',                           'Marketing automation for B2B customer engagement'),
    ('Hootsuite',                  'Hootsuite Inc.',                     'mobile',  '#143059', 'Marketing',                                       'Social media management platform'),
    ('Sprout Social',              'Sprout Social, Inc.',                'browser', '#59CB59', 'Marketing, Analytics',                            'Social media management and analytics'),
    ('Buffer',                     'Buffer Inc.',                        'mobile',  '#231F20', 'Marketing',                                       'Social media scheduling and publishing'),
    ('Semrush',                    'Semrush Inc.',                       'browser', '#FF642D', 'Marketing, Analytics',                            'SEO and online visibility management platform'),
    ('Ahrefs',                     'Ahrefs Pte. Ltd.',                   'browser', '#054ADA', 'Marketing, Analytics',                            'SEO toolset for backlinks, keywords and site audits'),
    ('Hotjar',                     'Hotjar Ltd',                         'browser', '#FF3C00', 'Analytics, Marketing',                            'Heatmaps, recordings and surveys to understand website behavior'),
    ('Webflow',                    'Webflow, Inc.',                      'browser', '#146EF5', 'Design, Marketing',                               'Visual website builder and CMS'),
    ('Squarespace',                'Squarespace, Inc.',                  'browser', '#000000', 'Marketing',                                       'Website builder and hosting for businesses'),
    ('WordPress.com',              'Automattic Inc.',                    'browser', '#3858E9', 'Marketing',                                       'Hosted website and blogging platform'),
    ('Shopify',                    'Shopify Inc.',                       'browser', '#95BF47', 'Sales, Marketing',                                'Commerce platform for online stores and retail'),
    ('Klaviyo',                    'Klaviyo, Inc.',                      'browser', '#232426', 'Marketing, Automation',                           'Email and SMS marketing automation for ecommerce'),
    ('ActiveCampaign',             'ActiveCampaign, LLC',                'browser', '#004CFF', 'Marketing, Automation',                           'Email marketing and customer experience automation'),
    ('Twilio',                     'Twilio Inc.',                        'browser', '#F22F46', 'Communication, Development',                      'Programmable APIs for SMS, voice, video and email'),
    ('Twilio SendGrid',            'Twilio Inc.',                        'browser', '#1A82E2', 'Marketing, Communication',                        'Cloud-based email delivery and marketing service'),
    ('Segment',                    'Twilio Inc.',                        'browser', '#52BD94', 'Analytics, Marketing',                            'Customer data platform for collecting and routing customer data'),
    ('Wistia',                     'Wistia, Inc.',                       'browser', '#54BBFF', 'Marketing',                                       'Video hosting and video marketing for businesses'),
    -- Analytics and product
    ('Google Analytics',           'Google LLC',                         'browser', '#E37400', 'Analytics, Marketing',                            'Web and app analytics'),
    ('Looker',                     'Google LLC',                         'browser', '#4285F4', 'Analytics',                                       'Business intelligence and semantic data modeling platform'),
    ('Mixpanel',                   'Mixpanel, Inc.',                     'browser', '#7856FF', 'Analytics',                                       'Product analytics for understanding user behavior'),
    ('Amplitude',                  'Amplitude, Inc.',                    'browser', '#1E61F0', 'Analytics',                                       'Digital analytics platform for product and marketing teams'),
    ('Metabase',                   'Metabase, Inc.',                     'browser', '#509EE3', 'Analytics',                                       'Open-source business intelligence and dashboards'),
    ('dbt Cloud',                  'dbt Labs, Inc.',                     'browser', '#FF694B', 'Analytics, Development',                          'Managed data transformation workflows in the warehouse'),
    ('Fivetran',                   'Fivetran Inc.',                      'browser', '#0073FF', 'Analytics, Automation',                           'Automated data movement from sources to warehouses'),
    ('Pendo',                      'Pendo.io, Inc.',                     'browser', '#FF4876', 'Analytics',                                       'Product analytics and in-app guidance'),
    ('Productboard',               'Productboard, Inc.',                 'browser', '#0079F2', 'Project Management',                              'Product management platform for prioritizing what to build'),
    ('Aha! Roadmaps',              'Aha! Labs Inc.',                     'browser', '#0073CF', 'Project Management',                              'Product roadmap and strategy software'),
    -- Customer support
    ('Zendesk',                    'Zendesk, Inc.',                      'browser', '#03363D', 'Customer Support',                                'Customer service software and ticketing system'),
    ('Intercom',                   'Intercom, Inc.',                     'browser', '#1F8DED', 'Customer Support, Communication, AI',             'AI-first customer service platform with live chat'),
    ('Freshdesk',                  'Freshworks Inc.',                    'browser', '#25C16F', 'Customer Support',                                'Omnichannel customer support software'),
    ('Freshservice',               'Freshworks Inc.',                    'browser', '#0D4C8C', 'Customer Support, Automation',                    'IT service management and asset management'),
    ('Help Scout',                 'Help Scout PBC',                     'browser', '#1292EE', 'Customer Support',                                'Help desk software with shared inbox and knowledge base'),
    ('ServiceNow',                 'ServiceNow, Inc.',                   'browser', '#62D84E', 'Customer Support, Automation',                    'Digital workflow platform for IT, employee and customer service'),
    -- Security and identity
    ('Okta',                       'Okta, Inc.',                         'browser', '#007DC1', 'Security',                                        'Identity and access management with single sign-on'),
    ('Auth0',                      'Okta, Inc.',                         'browser', '#EB5424', 'Security, Development',                           'Customer identity and authentication platform'),
    ('1Password',                  'AgileBits Inc. (1Password)',         'desktop', '#0572EC', 'Security',                                        'Password manager for teams and businesses'),
    ('LastPass',                   'LastPass US LP',                     'browser', '#D32D27', 'Security',                                        'Password management for individuals and businesses'),
    ('Bitwarden',                  'Bitwarden, Inc.',                    'desktop', '#175DDC', 'Security',                                        'Open-source password manager'),
    ('CrowdStrike Falcon',         'CrowdStrike, Inc.',                  'desktop', '#FC0000', 'Security',                                        'Cloud-native endpoint protection'),
    ('Zscaler Internet Access',    'Zscaler, Inc.',                      'desktop', '#0090D0', 'Security',                                        'Cloud security service edge for secure internet access'),
    ('Duo Security',               'Cisco Systems, Inc.',                'mobile',  '#6BBF4E', 'Security',                                        'Multi-factor authentication and device trust'),
    ('Vanta',                      'Vanta Inc.',                         'browser', '#5A2FFF', 'Security, Legal',                                 'Automated compliance for SOC 2, ISO 27001 and more'),
    ('KnowBe4',                    'KnowBe4, Inc.',                      'browser', '#F26722', 'Security, HR',                                    'Security awareness training and phishing simulation'),
    ('Tailscale',                  'Tailscale Inc.',                     'desktop', '#242424', 'Security',                                        'Zero-config VPN built on WireGuard'),
    -- HR
    ('Workday',                    'Workday, Inc.',                      'browser', '#0875E1', 'HR, Finance',                                     'Enterprise human capital and financial management'),
    ('BambooHR',                   'BambooHR LLC',                       'browser', '#73C41D', 'HR',                                              'HR software for small and medium businesses'),
    ('Gusto',                      'Gusto, Inc.',                        'browser', '#F45D48', 'HR, Finance',                                     'Payroll, benefits and HR for small businesses'),
    ('Rippling',                   'Rippling People Center Inc.',        'browser', '#502D3C', 'HR, Finance, Security',                           'Workforce management for HR, IT and finance'),
    ('Deel',                       'Deel, Inc.',                         'browser', '#15357A', 'HR, Finance',                                     'Global payroll, hiring and compliance'),
    ('Culture Amp',                'Culture Amp Pty Ltd',                'browser', '#F04C5D', 'HR',                                              'Employee engagement and performance management'),
    ('Greenhouse',                 'Greenhouse Software, Inc.',          'browser', '#24A47F', 'HR',                                              'Recruiting software and applicant tracking system'),
    ('SAP SuccessFactors',         'SAP SE',                             'browser', '#0FAAFF', 'HR',                                              'Cloud human capital management suite'),
    ('ADP Workforce Now',          'ADP, Inc.',                          'browser', '#D0271D', 'HR, Finance',                                     'Payroll, HR and talent management'),
    -- Finance
    ('QuickBooks Online',          'Intuit Inc.',                        'browser', '#2CA01C', 'Finance',                                         'Cloud accounting software for small businesses'),
    ('Xero',                       'Xero Limited',                       'browser', '#13B5EA', 'Finance',                                         'Online accounting software'),
    ('Expensify',                  'Expensify, Inc.',                    'mobile',  '#03D47C', 'Finance',                                         'Expense management and receipt scanning'),
    ('SAP Concur',                 'SAP SE',                             'mobile',  '#0A6ED1', 'Finance',                                         'Travel and expense management'),
    ('NetSuite',                   'Oracle Corporation',                 'browser', '#C74634', 'Finance',                                         'Cloud ERP for finance, operations and commerce'),
    ('Stripe',                     'Stripe, Inc.',                       'browser', '#635BFF', 'Finance, Development',                            'Payments infrastructure for the internet'),
    ('Brex',                       'Brex Inc.',                          'mobile',  '#F46A35', 'Finance',                                         'Corporate cards and spend management'),
    ('Ramp',                       'Ramp Business Corporation',          'mobile',  '#E4F222', 'Finance, Automation',                             'Corporate cards and finance automation'),
    ('Sage Intacct',               'The Sage Group plc',                 'browser', '#00D639', 'Finance',                                         'Cloud financial management and accounting'),
    ('Chargebee',                  'Chargebee Inc.',                     'browser', '#FF7846', 'Finance',                                         'Subscription billing and revenue management'),
    -- Bare apps: internal tools with nothing known about them but the name
    ('Custom Internal Tool',        null, null, null, null, null),
    ('Legacy HR Portal',            null, null, null, null, null),
    ('Legacy Intranet',             null, null, null, null, null),
    ('Partner Portal',              null, null, null, null, null),
    ('Sales Commission Calculator', null, null, null, null, null),
    ('Warehouse Inventory System',  null, null, null, null, null),
    ('Internal Timesheet App',      null, null, null, null, null),
    ('Onboarding Checklist Tool',   null, null, null, null, null)
), seeded as (
    select case a.canonical_name
               when 'Slack'  then 'a1b2c3d4-e5f6-7890-abcd-ef1234567890'::uuid
               when 'GitHub' then 'e5f6a7b8-c9d0-1234-efab-567890123456'::uuid
               else md5('catalog-app:' || a.canonical_name)::uuid
           end as id,
           a.*,
           md5('catalog-app-time:' || a.canonical_name) as digest
    from app a
), timed as (
    select s.*,
           -- somewhere between 2025-01-06 and 2025-12-11
           timestamptz '2025-01-06T09:00:00Z'
               + (('x' || substr(s.digest, 1, 7))::bit(28)::int % (340 * 86400)) * interval '1 second' as created,
           -- a quarter never updated, the rest updated up to 60 days after creation
           case when ('x' || substr(s.digest, 9, 7))::bit(28)::int % 4 = 0 then 0
                else ('x' || substr(s.digest, 17, 7))::bit(28)::int % (60 * 86400)
           end * interval '1 second' as age
    from seeded s
), inserted as (
    insert into catalog_app (id, canonical_name, description, display_colour, logo, type, vendor_id, created_at, updated_at)
    select t.id,
           t.canonical_name,
           t.description,
           t.display_colour,
           case when t.description is not null then
               'https://cdn.example.com/logos/'
                   || trim(both '-' from regexp_replace(lower(t.canonical_name), '[^a-z0-9]+', '-', 'g'))
                   || '.png'
           end,
           t.type,
           case t.vendor_name
               when 'Salesforce, Inc.' then 'f6a7b8c9-d0e1-2345-fabc-678901234567'::uuid
               when 'GitHub, Inc.'     then 'a8b9c0d1-e2f3-4567-abcd-890123456789'::uuid
               else md5('vendor:' || t.vendor_name)::uuid
           end,
           case t.canonical_name when 'Slack' then timestamptz '2025-06-15T10:00:00Z' else t.created end,
           case t.canonical_name when 'Slack' then timestamptz '2026-02-10T09:15:00Z' else t.created + t.age end
    from timed t
    on conflict do nothing
    returning id
)
insert into catalog_app_category (catalog_app_id, category_id)
select s.id,
       case c.name
           when 'Communication' then 'a7b8c9d0-e1f2-3456-abcd-789012345678'::uuid
           when 'Development'   then 'b8c9d0e1-f2a3-4567-bcde-901234567890'::uuid
           else md5('category:' || c.name)::uuid
       end
from seeded s
cross join lateral unnest(string_to_array(s.categories, ', ')) as c (name)
on conflict do nothing;


-- Client apps -----------------------------------------------------------------------------
--
-- Each client holds a fixed number of the seeded catalog apps: the first ones in an order
-- that is a hash of client and app, so the three selections overlap but differ. For Acme,
-- Slack is pinned with the values the API documentation shows. Per app, four slices of a
-- second hash give: favourite (25 %), approved (60 %), a licence count (50 %, 5..500),
-- created_at between 2026-01-05 and 2026-03-16, and updated_at up to 14 days later.
-- Only apps whose id is the seeded one take part, so apps added to the catalog later do
-- not change the selection when the script runs again.

insert into client_app (client_id, id, catalog_app_id, is_favorite, is_approved, license_count, created_at, updated_at)
select p.client_id,
       case when p.pinned then 'f1a2b3c4-d5e6-7890-abcd-ef1234567890'::uuid
            else md5('client-app:' || p.client_id || ':' || p.catalog_app_id)::uuid
       end,
       p.catalog_app_id,
       case when p.pinned then true else p.r1 % 100 < 25 end,
       case when p.pinned then true else p.r2 % 100 < 60 end,
       case when p.pinned then 25
            when p.r2 / 100 % 100 < 50 then
                (array[5, 10, 12, 15, 20, 25, 30, 40, 50, 60, 75, 100, 120, 150, 200, 250, 300, 400, 500])[1 + p.r1 / 100 % 19]
       end,
       case when p.pinned then timestamptz '2026-01-15T10:00:00Z' else p.created end,
       case when p.pinned then timestamptz '2026-02-20T14:30:00Z'
            when p.r4 % 3 = 0 then p.created
            else p.created + (p.r4 % (14 * 86400)) * interval '1 second'
       end
from (
    select h.*,
           timestamptz '2026-01-05T08:00:00Z' + (h.r3 % (70 * 86400)) * interval '1 second' as created,
           row_number() over (partition by h.client_id order by h.pinned desc, h.pick) as rank
    from (
        select c.client_id,
               c.quota,
               a.id as catalog_app_id,
               (c.client_id = 'aa7cf840-9ca9-46a3-9778-9015d6580d50' and a.id = 'a1b2c3d4-e5f6-7890-abcd-ef1234567890') as pinned,
               md5('client-app-pick:' || c.client_id || ':' || a.id) as pick,
               ('x' || substr(d.digest, 1, 7))::bit(28)::int  as r1,
               ('x' || substr(d.digest, 9, 7))::bit(28)::int  as r2,
               ('x' || substr(d.digest, 17, 7))::bit(28)::int as r3,
               ('x' || substr(d.digest, 25, 7))::bit(28)::int as r4
        from (values
            ('aa7cf840-9ca9-46a3-9778-9015d6580d50'::uuid, 84),  -- Acme Corporation
            ('5c0f3d2e-7b1a-4e8c-9a6d-2f4b8e1c7a93'::uuid, 80),  -- Globex Industries
            ('9e4d7c61-3a2b-4f5e-8d1c-6b0a9f3e2d45'::uuid, 76)   -- Initech
        ) as c (client_id, quota)
        cross join catalog_app a
        cross join lateral (select md5('client-app-flags:' || c.client_id || ':' || a.id) as digest) d
        where a.id = md5('catalog-app:' || a.canonical_name)::uuid
           or a.id in ('a1b2c3d4-e5f6-7890-abcd-ef1234567890', 'e5f6a7b8-c9d0-1234-efab-567890123456')
    ) h
) p
where p.rank <= p.quota
on conflict do nothing;
