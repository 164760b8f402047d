"""The output contract's closed vocabularies (DESIGN.md section 4), defined once."""

CATEGORIES = frozenset({
    "aircraft", "helicopter", "uav", "loitering-munition", "missile", "air-defence",
    "artillery", "armoured-vehicle", "ship", "sensor", "small-arms", "ammunition", "other",
})
STAGES = ("offered", "ordered", "in-use", "delivered", "suspended")  # least to most advanced
STAGE_RANK = {stage: i for i, stage in enumerate(STAGES)}
CERTAINTY = ("asserted", "hedged", "denied")
COOPERATION_TYPES = ("visit", "exercise", "agreement", "ambassador-recall", "protest")
