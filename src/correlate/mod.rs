//! Correlator: joins scan labels with agent inventory and grants.
//! (Being built: see issue 4.)
